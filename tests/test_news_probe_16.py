"""A sixteenth probe of news: a TimeBank-like mix of 1989-1998, AQUAINT-like news of 1996-2000,
agency wires and online news of 2010-2015 and broadcast transcripts of 1997-2000 (documents
written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A programme's title is no timex: a count with a capitalised unit ("60 Minutes", "48 Hours"),
  "This Morning" after a network's name.
- What is gone by: a hurt told in a gerund after "after" ("will be out for seven weeks after
  injuring his knee in Saturday's win"); a day a clause a conjunction opens after the expression
  cannot move ("on Friday, six months before his term was to end").
- What lies ahead: an occasion declared, announced or called "for" a day ("declared a public
  holiday for Monday"); a pay rise promised "from April"; a meeting "with" someone, an office
  taken up, a skater's turn, "go to the polls in November"; a weekday a modal guesses about
  ("Monday could be another rough day"); a plug's "Coming up"; a forecast's highs and a day's
  weather after its name ("Saturday: sunny"); flags flown low "through Sunday"; a future clause
  after a past week ("met last week and will return Tuesday").
- A day of a name with "a" before it is no day of the DCT's week ("falls on a Sunday this year"),
  unless it restates a date or a noun follows it ("a Monday deadline"); a weekday that restates a
  date is no day the story moves to ("March 3, a Sunday, and ... the next day").
- A people counted in a rate ("30,000 Americans a year"), and a rate "per day", are no timex.
- A quarter or a half of the year a sentence has named, in a figure it goes on to ("lost $1.98
  billion last year, including a charge in the third quarter").
- A clock time told again in brackets in a US zone is no day the story moves to.
- A second round (Wall Street Journal and business wires, NYT/Post/AP stories of 1998-2000,
  agency wires of 2012-2014, broadcasts): "a year earlier" after a month's (a day's) figure
  compared with another is that month (day) a year back, but a quarter's after "the quarter ended";
  "the 1989 quarter" after a forecast's quarter; what is watched for or forecast ("focus on
  Friday's report"); a pair of weekdays to come in the week's order; a company's plan ("the company
  expected to close the deal in January"); a later half of the year a sentence named; a
  timetable's present before a clock ("Trading resumes at 9:30 a.m.") and a broadcast's time check
  ("17 hours GMT", "1300 hours Greenwich Mean Time") are today's; a meeting "with" whom, a fronted
  day before a pronoun's verb, an order to "all but emergency staff", "January 1st", "Join us"; a
  story written on its dateline's day, the day before the DCT, takes that day as its "today"; "this
  early in the year"; what "needed to" be done "by" a time; "He then spent Wednesday" goes on from
  the day told; "until the last minute"; a participle's clause set off by commas; a deadline's
  day is no cue for a time told after it; "a previous vote"; the day after a midnight; a weekday
  said after a date of another weekday is the report's; "told reporters at midday".
- A third round (AQUAINT-like news, agency wires, a TimeBank-like mix, sports and culture): a plan
  voted for; a parade "is planned" somewhere on a day; rounds "are played" on days; the winner of
  a day's game; a deadline "of mid-January"; "could be ... by December"; what is "to have" been
  done by a day; a figure compared "on Monday"; a relative clause closed before the expression;
  "followed by"; a newspaper called a "daily"; the "Today" show; "a decade
  ago" ten years back; a fronted "Days after the vote"; rates of a sum ("$40 billion of securities
  a month", "$200m a day") and "the same period last year" after a week's figure.
- A fourth round (a TimeBank-like mix, agency wires, AQUAINT-like news): a Xinhua dateline without
  its year, the day before the DCT, in a story that names an earlier year; "the first half hour";
  a plan of the past before a clock ("It was due ... shortly before noon"); a fixture a present
  clause is at ("is seeking a fifth term in Friday's election"); "take effect starting Monday"; a
  week in a relative clause pulls no weekday; "$85 billion-a-month"; "were told to ... by June"; a
  plan nine words from its day; "a pack a day".
- A fifth round (broadcasts, 2013 wires): a plug's clock ("Coming up at 8:30") is of the
  broadcast's day; "It's early Saturday morning here"; an anchor's "Now the weather." is no
  present; "the previous quarter" after "the first quarter"; a relative clause after the
  expression; "were asked to leave on Sunday".

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A programme's title is no timex: a capitalised unit after a count ("60 Minutes", "48 Hours"),
    # "This Morning" after a network's name.
    (
        "We'll have a special edition of 60 Minutes at 7 p.m.",
        "1997-08-31",
        [("7 p.m.", "TIME", "1997-08-31T19:00")],
    ),
    (
        "She watched CBS This Morning on Tuesday and then left for work.",
        "1998-11-04",
        [("Tuesday", "DATE", "1998-11-03")],
    ),
    # A hurt told in a gerund after "after" is gone by, whatever the main clause's tense.
    (
        "Messi will be out for seven weeks after injuring his knee in Saturday's win.",
        "2015-10-02",
        [("seven weeks", "DURATION", "P7W"), ("Saturday", "DATE", "2015-09-26")],
    ),
    (
        "The striker will be sidelined until November after breaking his foot on Tuesday.",
        "2015-10-02",
        [("November", "DATE", "2015-11"), ("Tuesday", "DATE", "2015-09-29")],
    ),
    # An occasion declared, announced or called "for" a day is still to come; so is a pay rise promised
    # "from" a month.
    (
        "The king declared a public holiday for Monday.",
        "2013-12-06",
        [("Monday", "DATE", "2013-12-09")],
    ),
    (
        "Zuma announced a national day of prayer for Sunday.",
        "2013-12-06",
        [("Sunday", "DATE", "2013-12-08")],
    ),
    (
        "The government has promised a pay rise from April.",
        "2011-02-10",
        [("April", "DATE", "2011-04")],
    ),
    # A day of a name with "a" before it is no day of the DCT's week (unless it restates a date).
    (
        "Christmas falls on a Sunday this year.",
        "1994-11-25",
        [("Christmas", "DATE", "1994-12-25"), ("this year", "DATE", "1994")],
    ),
    (
        "The vote is on March 3, a Sunday, and results are due the next day.",
        "2012-11-07",
        [
            ("March 3", "DATE", "2013-03-03"),
            ("Sunday", "DATE", "2013-03-03"),
            ("the next day", "DATE", "2013-03-04"),
        ],
    ),
    # A people counted in a rate: "30,000 Americans a year"; a rate "per day" in news.
    (
        "Hepatitis A infects about 30,000 Americans a year.",
        "1997-03-27",
        [],
    ),
    (
        "Production averaged 3.2 million barrels per day.",
        "2013-08-01",
        [],
    ),
    # Timetable verbs: a meeting "with" someone, an office taken up, a skater's turn, the polls.
    (
        "Tara Lipinski skates Wednesday night in the short program.",
        "1998-02-16",
        [("Wednesday night", "TIME", "1998-02-18TNI")],
    ),
    (
        "The president meets with his advisers Friday.",
        "2000-03-08",
        [("Friday", "DATE", "2000-03-10")],
    ),
    (
        "Voters go to the polls in November.",
        "2000-03-08",
        [("November", "DATE", "2000-11")],
    ),
    (
        "Kim takes office in February.",
        "1999-05-20",
        [("February", "DATE", "2000-02")],
    ),
    # A weekday subject of a modal's guess; a plug's "Coming up"; a forecast's highs and a day's weather
    # after its name.
    (
        "Monday could be another rough day.",
        "1999-05-20",
        [("Monday", "DATE", "1999-05-24")],
    ),
    (
        "Coming up Monday on Nightline, a look at the race.",
        "2000-04-14",
        [("Monday", "DATE", "2000-04-17")],
    ),
    (
        "Hot and humid, with highs in the mid-nineties Saturday and Sunday.",
        "2000-06-09",
        [("Saturday", "DATE", "2000-06-10"), ("Sunday", "DATE", "2000-06-11")],
    ),
    (
        "Saturday: sunny, with highs near 80.",
        "1999-05-20",
        [("Saturday", "DATE", "1999-05-22")],
    ),
    # A future clause after a past week tells its own time.
    (
        "The two sides met last week and will return Tuesday.",
        "1998-02-20",
        [("last week", "DATE", "1998-W07"), ("Tuesday", "DATE", "1998-02-24")],
    ),
    (
        "The two sides met for three days last week in Washington and agreed to return on Tuesday.",
        "1998-02-20",
        [
            ("three days", "DURATION", "P3D"),
            ("last week", "DATE", "1998-W07"),
            ("Tuesday", "DATE", "1998-02-24"),
        ],
    ),
    # A clause a conjunction opens after the expression tells its own time.
    (
        (
            "Mr. Yeltsin announced his resignation in a televised address on Friday, six months "
            "before his term was to end."
        ),
        "2000-01-03",
        [("Friday", "DATE", "1999-12-31"), ("six months", "DURATION", "P6M")],
    ),
    # Flags flown low up to a day.
    (
        "President Clinton ordered flags flown at half-staff through Sunday.",
        "1998-08-07",
        [("Sunday", "DATE", "1998-08-09")],
    ),
    # A quarter or a half of the year a sentence has named, in a figure it goes on to.
    (
        "GM lost $1.98 billion last year, including a $2.1 billion charge in the third quarter.",
        "1991-05-15",
        [("last year", "DATE", "1990"), ("the third quarter", "DATE", "1990-Q3")],
    ),
    (
        "Chrysler earned $3 billion last year, with record profits in the second half.",
        "1996-07-18",
        [("last year", "DATE", "1995"), ("the second half", "DATE", "1995-H2")],
    ),
    # A clock time told again in another zone, in brackets, is no day the story moves to.
    (
        "The quake hit at 5:46 a.m. (3:46 p.m. EST Monday). The strongest aftershock came at 7:38 a.m.",
        "1995-01-17",
        [
            ("5:46 a.m.", "TIME", "1995-01-17T05:46"),
            ("3:46 p.m. EST Monday", "TIME", "1995-01-16T15:46-05:00"),
            ("7:38 a.m.", "TIME", "1995-01-17T07:38"),
        ],
    ),
    # A participle's clause set off by commas tells its own time ("Security, tightened after a bomb
    # threat on Thursday, will remain"); a day set as a deadline is ahead, not a time told after it;
    # "a previous vote" is a noun.
    (
        "Security, tightened after a bomb threat on Thursday, will remain in place through the weekend.",
        "2000-09-25",
        [("Thursday", "DATE", "2000-09-21"), ("the weekend", "DATE", "2000-W39-WE")],
    ),
    (
        "The U.N. Security Council set the January 15 deadline in late November.",
        "1991-01-16",
        [("January 15", "DATE", "1991-01-15"), ("late November", "DATE", "1990-11", "END")],
    ),
    (
        "A previous vote on February 2 was annulled by the court in March.",
        "2014-05-23",
        [("February 2", "DATE", "2014-02-02"), ("March", "DATE", "2014-03")],
    ),
    (
        "Barak faces a deadline of Sept. 13, a date set in the agreement signed in Egypt.",
        "2000-05-22",
        [("Sept. 13", "DATE", "2000-09-13")],
    ),
    # A clock reading in a US zone with "time"; an hour rounded by "around" before "this morning";
    # "late" after a length says by how much, not where in the day.
    (
        "It's 6:12 Eastern time.",
        "1999-11-18",
        [("6:12 Eastern time", "TIME", "1999-11-18T06:12-05:00")],
    ),
    (
        "Freezing rain began falling around 3 this morning.",
        "1999-01-12",
        [("around 3 this morning", "TIME", "1999-01-12T03:00", "APPROX")],
    ),
    (
        "Federal offices open two hours late today.",
        "1999-01-12",
        [("two hours", "DURATION", "PT2H"), ("today", "DATE", "1999-01-12")],
    ),
    # The midnight that ends a day opens the next one, where the story goes on.
    (
        (
            "The border opened shortly before 7 p.m. Thursday. By midnight, crowds had "
            "overwhelmed the guards. By noon, 50,000 had crossed."
        ),
        "1989-11-10",
        [
            ("7 p.m. Thursday", "TIME", "1989-11-09T19:00"),
            ("midnight", "TIME", "1989-11-09T24:00"),
            ("noon", "TIME", "1989-11-10T12:00"),
        ],
    ),
    # "a year earlier" after a month's (or a day's) figure compared with another: that month (day) a
    # year back.
    (
        "Orders rose 2% in March from a month earlier and 6% from a year earlier.",
        "1990-04-20",
        [
            ("March", "DATE", "1990-03"),
            ("a month earlier", "DATE", "1990-02"),
            ("a year earlier", "DATE", "1989-03"),
        ],
    ),
    (
        "Sales rose 1% in September from August and 4% from a year earlier.",
        "1990-10-16",
        [
            ("September", "DATE", "1990-09"),
            ("August", "DATE", "1990-08"),
            ("a year earlier", "DATE", "1989-09"),
        ],
    ),
    (
        "Assets rose to $1.1 billion at Sept. 30 from $410 million a year earlier.",
        "1990-10-16",
        [("Sept. 30", "DATE", "1990-09-30"), ("a year earlier", "DATE", "1989-09-30")],
    ),
    # "the 1989 quarter" after a quarter a forecast names, with none reported on, is that quarter.
    (
        "Second-quarter earnings will be below the $1.2 million in the 1989 quarter.",
        "1990-06-19",
        [("Second-quarter", "DATE", "1990-Q2"), ("the 1989 quarter", "DATE", "1989-Q2")],
    ),
    # What is watched for or forecast in the present is a coming day's: "focus on Friday's report".
    (
        "Investors now focus on Friday's July employment report.",
        "1989-08-02",
        [("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "1989-08-04"), ("July", "DATE", "1989-07")],
    ),
    (
        "Economists expect Friday's report to show a gain of 140,000 jobs.",
        "1989-08-02",
        [("Friday", "DATE", "1989-08-04")],
    ),
    # A pair of weekdays to come keeps the week's order; a company's plan told in the past; a later
    # half of the year a sentence has named.
    (
        "The auctions, scheduled for Tuesday and Wednesday, will raise $3.5 billion.",
        "1991-07-10",
        [("Tuesday", "DATE", "1991-07-16"), ("Wednesday", "DATE", "1991-07-17")],
    ),
    (
        "He said the company expected to close the deal in January.",
        "1989-12-12",
        [("January", "DATE", "1990-01")],
    ),
    (
        "Sales will be weak in the first half, but should recover in the second half.",
        "2000-02-15",
        [("the first half", "DATE", "2000-H1"), ("the second half", "DATE", "2000-H2")],
    ),
    # A timetable's present before a clock time is today's, not a day the sentence before told; so is
    # a broadcast's time check in a zone said in words.
    (
        "The markets fell on Monday. Trading resumes at 9:30 a.m.",
        "1998-03-03",
        [("Monday", "DATE", "1998-03-02"), ("9:30 a.m.", "TIME", "1998-03-03T09:30")],
    ),
    (
        "The quake struck two days ago. The next newscast is at 1500 UTC.",
        "1999-08-11",
        [("two days ago", "DATE", "1999-08-09"), ("1500 UTC", "TIME", "1999-08-11T15:00Z")],
    ),
    (
        "This is BBC World Service News at 1300 hours GMT.",
        "1997-05-02",
        [("1300 hours GMT", "TIME", "1997-05-02T13:00Z")],
    ),
    (
        "The time is 17 hours GMT.",
        "1997-05-02",
        [("17 hours GMT", "TIME", "1997-05-02T17:00Z")],
    ),
    (
        "Kiribati welcomed the year 2000 at 10 a.m. Universal Time.",
        "1999-12-31",
        [("the year 2000", "DATE", "2000"), ("10 a.m. Universal Time", "TIME", "1999-12-31T10:00Z")],
    ),
    # A meeting in the present with whom it is, a day fronted before a pronoun's verb, an order given
    # "all but emergency staff", a day with its ordinal ending, a plug's "Join us".
    (
        "The Pope meets journalists on Saturday.",
        "2013-03-15",
        [("Saturday", "DATE", "2013-03-16")],
    ),
    (
        "On Saturday he meets several thousand journalists.",
        "2013-03-15",
        [("Saturday", "DATE", "2013-03-16")],
    ),
    (
        "The State Department has ordered all but emergency staff to leave Tunisia and Sudan by Monday.",
        "2012-09-14",
        [("Monday", "DATE", "2012-09-17")],
    ),
    (
        "The tax increases and spending cuts that take effect on January 1st could hurt growth.",
        "2012-11-07",
        [("January 1st", "DATE", "2013-01-01")],
    ),
    (
        "Join us for our Monday morning sports report at 6:45.",
        "1998-07-12",
        [("Monday morning", "TIME", "1998-07-13TMO"), ("6:45", "TIME", "1998-07-13T06:45")],
    ),
    # A story written on its dateline's day, the day before the DCT: its "this afternoon" is that day.
    (
        "PARIS, July 25 -- A Concorde crashed this afternoon. Air France will resume service tomorrow.",
        "2000-07-26",
        [
            ("July 25", "DATE", "2000-07-25"),
            ("this afternoon", "TIME", "2000-07-25TAF"),
            ("tomorrow", "DATE", "2000-07-26"),
        ],
    ),
    # "this early in the year" is this year's; what "needed to" be done "by" or "before" a time is
    # ahead; "He then spent Wednesday" goes on from the day told; "until the last minute" is an idiom.
    (
        "It was the first time since 1980 that the race was settled this early in the year.",
        "2000-03-08",
        [("1980", "DATE", "1980"), ("early in the year", "DATE", "2000", "START")],
    ),
    (
        "Officials said the bridge needed to be rebuilt by September.",
        "1999-06-11",
        [("September", "DATE", "1999-09")],
    ),
    (
        "He killed his wife on Tuesday, July 27. He then spent Wednesday at home.",
        "1999-09-21",
        [("Tuesday, July 27", "DATE", "1999-07-27"), ("Wednesday", "DATE", "1999-07-28")],
    ),
    (
        "People should not wait until the last minute.",
        "1999-06-11",
        [],
    ),
    # A clock time of a report's own saying ("told reporters at midday") is on the DCT's day.
    (
        "The strike began on Nov. 11. The commissioner told reporters at midday.",
        "2013-11-19",
        [("Nov. 11", "DATE", "2013-11-11"), ("midday", "TIME", "2013-11-19T12:00")],
    ),
    # A third round (AQUAINT-like news, agency wires, a TimeBank-like mix, sports and culture): a plan
    # voted for, a parade "is planned" somewhere on a day, rounds "are played" on days, the winner of a
    # day's game, a deadline "of mid-January", "could be ... by December", what is "to have" been done
    # by a day, a figure compared "on Monday", a relative clause closed before the expression,
    # "followed by" orders what it joins, a newspaper called a "daily", the
    # "Today" show, "a decade ago" ten years back, fronted "Days after the vote".
    (
        "Parliament voted to hold elections on May 25.",
        "2014-02-22",
        [("May 25", "DATE", "2014-05-25")],
    ),
    (
        "A parade is planned in Berlin on Tuesday.",
        "2014-07-14",
        [("Tuesday", "DATE", "2014-07-15")],
    ),
    (
        "The quarter-finals are played on Friday and Saturday.",
        "2014-06-30",
        [("Friday", "DATE", "2014-07-04"), ("Saturday", "DATE", "2014-07-05")],
    ),
    (
        "Boston will face the winner of Wednesday's wild-card game.",
        "2013-09-30",
        [("Wednesday", "DATE", "2013-10-02")],
    ),
    (
        "The league has set a deadline of mid-January.",
        "2012-12-20",
        [("mid-January", "DATE", "2013-01", "MID")],
    ),
    (
        "The WHO says there could be up to 10,000 new cases a week by December.",
        "2014-10-16",
        [("December", "DATE", "2014-12")],
    ),
    (
        "Officials hoped to have the fire contained by Friday.",
        "1999-10-27",
        [("Friday", "DATE", "1999-10-29")],
    ),
    (
        "About 75% of flights were expected to operate on Wednesday, up from less than half on Monday.",
        "2010-04-21",
        [("Wednesday", "DATE", "2010-04-21"), ("Monday", "DATE", "2010-04-19")],
    ),
    (
        (
            "Analysts said the devaluation would push inflation, which fell to 11 percent in "
            "1997, sharply higher in the fall."
        ),
        "1998-08-17",
        [("1997", "DATE", "1997"), ("the fall", "DATE", "1998-FA")],
    ),
    (
        "Surveyor will launch in November, followed by Pathfinder in December.",
        "1996-08-07",
        [("November", "DATE", "1996-11"), ("December", "DATE", "1996-12")],
    ),
    (
        "Coach Aime Jacquet had been criticized by the French sports daily L'Equipe.",
        "1998-07-12",
        [],
    ),
    (
        'Cochran is scheduled to appear on the "Today" show tomorrow morning.',
        "1995-10-03",
        [("tomorrow morning", "TIME", "1995-10-04TMO")],
    ),
    (
        "A similar celebration a decade ago lasted for days.",
        "1999-11-09",
        [("a decade ago", "DATE", "1989"), ("days", "DURATION", "PXD")],
    ),
    (
        "Days after the vote, riots broke out.",
        "1998-07-12",
        [("Days", "DURATION", "PXD")],
    ),
    # A sum of what it buys before "a month", a sum in "$200m" before "a day": rates; "the same
    # period last year" after a week's figure is that week a year back.
    (
        "The Fed said it would buy $40 billion of mortgage-backed securities a month.",
        "2012-09-14",
        [],
    ),
    (
        "IATA says the shutdown cost airlines more than $200m a day.",
        "2010-04-21",
        [],
    ),
    (
        (
            "Foreign visitors fell by 40 percent in the first week of June compared with the "
            "same period last year."
        ),
        "2015-06-11",
        [("the first week of June", "DATE", "2015-W23"), ("the same period last year", "DATE", "2014-W23")],
    ),
    # A fourth round (a TimeBank-like mix, agency wires, AQUAINT-like news): a Xinhua dateline without
    # its year, the day before the DCT, in a story that names an earlier year; "the first half hour";
    # a plan of the past before a clock ("It was due ... shortly before noon"); a fixture a present
    # clause is at ("is seeking a fifth term in Friday's election"); "take effect starting Monday"; a
    # week in a relative clause pulls no weekday; "$85 billion-a-month"; "were told to ... by June";
    # a plan nine words from its day; "a pack a day".
    (
        (
            "BEIJING, Nov. 18 (Xinhua) -- Officials said here today that talks resumed at 9:30 "
            "this morning. Trade was up 10 percent from 1998."
        ),
        "1999-11-19",
        [
            ("Nov. 18", "DATE", "1999-11-18"),
            ("today", "DATE", "1999-11-18"),
            ("9:30 this morning", "TIME", "1999-11-18T09:30"),
            ("1998", "DATE", "1998"),
        ],
    ),
    (
        "Shares fell in the first half hour of trading.",
        "1994-03-03",
        [("the first half hour", "DURATION", "PT30M")],
    ),
    (
        "The Germanwings plane crashed on Tuesday. It was due in Duesseldorf shortly before noon.",
        "2015-03-26",
        [("Tuesday", "DATE", "2015-03-24"), ("noon", "TIME", "2015-03-24T12:00")],
    ),
    (
        "He is seeking a fifth term in Friday's election.",
        "2015-05-27",
        [("Friday", "DATE", "2015-05-29")],
    ),
    (
        "New curbs take effect starting Monday.",
        "2014-03-26",
        [("Monday", "DATE", "2014-03-31")],
    ),
    (
        "The team, which plays Arsenal next week, travels to Madrid on Saturday.",
        "2013-05-06",
        [("next week", "DATE", "2013-W20"), ("Saturday", "DATE", "2013-05-11")],
    ),
    (
        "The Fed will keep its $85 billion-a-month bond purchases.",
        "2013-06-20",
        [],
    ),
    (
        "Banks were told to repay the loans by June.",
        "1998-01-13",
        [("June", "DATE", "1998-06")],
    ),
    (
        "The family plans a private memorial service at a church in New York on Friday.",
        "1999-07-19",
        [("Friday", "DATE", "1999-07-23")],
    ),
    (
        "Those who smoked a pack a day had higher risk.",
        "1999-06-15",
        [],
    ),
    # A fifth round (broadcasts, 2013 wires, histories): a plug's clock ("Coming up at 8:30") is of the
    # broadcast's day; "It's early Saturday morning here"; an anchor's "Now the weather." is no present.
    (
        "The heat will last until next Monday. Coming up at 8:30, a look at used cars.",
        "1998-07-13",
        [("next Monday", "DATE", "1998-07-20"), ("8:30", "TIME", "1998-07-13T08:30")],
    ),
    (
        "It's early Saturday morning here in Sydney.",
        "2000-09-15",
        [("Saturday morning", "TIME", "2000-09-16TMO")],
    ),
    (
        "And now the sports.",
        "1998-07-13",
        [],
    ),
    # "the previous quarter" after "the first quarter" is the year before's; a relative clause after
    # the expression tells of its noun; "were asked to leave on Sunday" is the asking's day.
    (
        "Growth was 7.7 percent in the first quarter, down from 7.9 percent in the previous quarter.",
        "2013-04-15",
        [("the first quarter", "DATE", "2013-Q1"), ("the previous quarter", "DATE", "2012-Q4")],
    ),
    (
        "He faces trial in July over violence that followed the election.",
        "2013-03-09",
        [("July", "DATE", "2013-07")],
    ),
    (
        "Fans were asked to leave the stadium on Sunday.",
        "2013-07-08",
        [("Sunday", "DATE", "2013-07-07")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_16(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
