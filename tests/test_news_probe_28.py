"""A twenty-eighth probe of news: AP wires of 1998-2000, Wall Street Journal business copy of 1989,
radio and TV transcripts of 1998, Xinhua and AFP wires, local news, court stories, health and
science news, financial wires of 2012-2014, New York Times features and election campaign news
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- What is ordered to hold "through" or "until" a day ("ordered flags at half staff through Monday",
  "ordered the embassy closed until Monday") looks ahead, whatever the tense of the order.
- A day of a month in a "when" clause after a month and year ("was January 1994, when the mercury
  bottomed out on Jan. 19") is that month's; "We've got February and March still to get through"
  holds no past ("have got" is "have"); "that year" after a day a record runs from, with a length
  between ("since Oct. 21, 1987, two days after the crash that year"), is that day's year.
- An order that opens a quotation ('"March with us, not against us," read a banner') and a firm's
  name ("March Capital Advisors") are no month; "This is VOA News Now" names a programme, but
  "Now, for the first time, someone is listening" is the present.
- A possessive day a figure is a part of ("recovering nearly half of Friday's 190.58-point loss")
  is no day the report's clock times are on; nor is a year a figure is compared with, its share
  between ("from $46 million, or $1.79 a share, in fiscal 1988"), nor the year of an event it
  names ("recovering from the 1988 drought"), which leaves "the year-ago period" the quarter's.
- "the final quarter" in a sentence of an economy's figures is the year's fourth; a game's is no
  date. "the first half-hour of trading" is thirty minutes. "ease decades of hostility" is a
  length. "the 21st Century Cures Act" is a law's name. "babies born with small heads in late
  October" holds no verb of a timetable.
- A participial aside after its subject ("In Washington, President Clinton, speaking at the White
  House on Saturday afternoon, said ... would contribute") tells its time by the main verb.
- "That night" after "Today" points back to the night the story told, not to the day of writing,
  and the clock times after it are that night's; a day a "when" clause tells of ("since Nov. 18,
  1998, when agents carried 40 boxes out") is where "that day" and "that evening" point.
- "What will he do on the first Saturday in September?" asks of the one to come; "having cut them
  ... in December" is done; "the current business year" and "the last business year" are a
  company's years; "indicted him that fall" and "retired that October with a county pension" keep
  "that".
- A third round: "today" set against a past age ("In 1995, fewer than 20 million Americans were
  online; today the figure is ...") is the present, PRESENT_REF; what a reporting verb's clause
  says will be ("Diplomats noted that midnight Jan. 15 in New York will be 8 a.m. Jan. 16") is ahead,
  a place between; "the 12th the council has adopted" is a rank; "twice a day, at 10 a.m. and 3
  p.m." is a set and two clock times; "12:00 midnight" is midnight; "results for the fourth quarter
  and full year 2013" are of 2013's quarter; "quarterly rather than monthly" are two sets; "during
  the month" after a month's figures is that month; a weekday in a clause of time of its own ("and
  after Holbrooke's mission ended Tuesday") is no day of the week named before it.
- A fourth round: a clock time after a day told days before an earlier clock of the report ("The
  truce took effect at 9 p.m. Israel launched the offensive on Nov. 14. Sirens still sounded as late
  as 9:30 p.m.") is on the report's day; "on August 16th, a day before Independence Day" restates
  the day, whichever country's feast it is; "Today, everybody expects it" after "Ten years ago" is
  the present; "will March into our stores" and "March into this market now" are the verb; "quite a
  day" is no length; "October 27th of last year" is one date; "2,000 pints a day earlier this month"
  is a rate; "The final kicks off at 9 p.m. on Sunday" is ahead, whatever the sentence after tells.
- A fifth round: "A year earlier it stood at 5.8 percent" opening the sentence after a month's
  figures is that month a year back; a measure "which reopens the government through Jan. 15 and
  lets the Treasury borrow until Feb. 7" and one "who holds the presidency until June 30" look
  ahead; "the Christmas Bird Count" is a survey's name; "departs at 2:05 pm on Tuesday" is a
  timetable's.
- A sixth round: a length in a quotation after "lasting" ('lasting "months, not weeks"'); "rose by
  8% over the week" is the week; "the January-June period" is the year's first half; a quotation's
  "tonight" after a night the report told in the past ("survived by a single vote Thursday
  night. 'Tonight the House listened to them,' he told reporters") is that night, but not a day
  still to come; a day told in full goes on into the next paragraph or two of a feature for a
  day soon after it ("on the morning of June 13, 2011 ... On July 15, he was discharged").
- A seventh round: a day in a relative clause without its preposition ("extending a rally that
  began Monday") and one a figure is compared with ("compared with 152.5 million Monday") are no
  day the report's clock times are on; a pluperfect or a past passive of an irregular verb ("had
  begun on April 5", "was held on April 5") dates a finished event.
- An eighth round: "a twin-engine Beechcraft 1900D" is a model's number; "since the early 90's",
  with the apostrophe papers of the day wrote, is the decade.
- A ninth round: "Dealers may March ahead" is the verb; "400 flights a day from its two hubs" is
  a rate; "Today it accounts for a third of our sales" after "Two years ago" is the present, in a
  quotation too.
- A tenth round: "a fourth-quarter comeback" is a game's; "next Tuesday and Wednesday" are one
  week's days; "Today their families will hear the findings" is the day's news, whatever age the
  story before it told; "For the next quarter century" is no quarter of a year (but
  twenty-five years).

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "SHAW: Secretary of State Madeleine Albright ordered flags at half staff through Monday. The "
        "State Department ordered the embassy closed until Monday.",
        "1998-08-07",
        [("Monday", "DATE", "1998-08-10"), ("Monday", "DATE", "1998-08-10")],
    ),
    (
        "The last time the city saw a temperature this low was January 1994, when the mercury bottomed "
        "out at 22 below on Jan. 19, according to weather service records.",
        "2014-01-06",
        [("January 1994", "DATE", "1994-01"), ("Jan. 19", "DATE", "1994-01-19")],
    ),
    (
        '"We\'re not out of the woods," she said. "We\'ve got February and March still to get through."',
        "2014-01-06",
        [("February", "DATE", "2014-02"), ("March", "DATE", "2014-03")],
    ),
    (
        '"The people want to execute the president!" crowds chanted outside the courtroom. "March with '
        'us, not against us," read a banner held by one woman.',
        "2012-06-02",
        [],
    ),
    (
        "A Greek team that arrived Wednesday has found 12 survivors, a gesture that officials in Athens "
        "and Ankara said may help ease decades of hostility between the neighbors.",
        "1999-08-20",
        [("Wednesday", "DATE", "1999-08-18"), ("decades", "DURATION", "PXY")],
    ),
    (
        "In Washington, President Clinton, speaking at the White House on Saturday afternoon, said the "
        "United States would contribute about 4,000 troops to a peacekeeping force if a deal is signed.",
        "1999-02-22",
        [("Saturday afternoon", "TIME", "1999-02-20TAF")],
    ),
    (
        "Stock prices rebounded sharply yesterday, recovering nearly half of Friday's 190.58-point loss, "
        "as bargain hunters stepped in after a shaky opening. Traders said the market turned around at "
        "about 10:15 a.m. EDT. By midday the industrial average was up 40 points, and it added to its "
        "gains through the afternoon.",
        "1989-10-17",
        [
            ("yesterday", "DATE", "1989-10-16"),
            ("Friday", "DATE", "1989-10-13"),
            ("about 10:15 a.m. EDT", "TIME", "1989-10-16T10:15-04:00", "APPROX"),
            ("midday", "TIME", "1989-10-16T12:00"),
            ("the afternoon", "TIME", "1989-10-16TAF"),
        ],
    ),
    (
        "It was the average's biggest one-day point gain since Oct. 21, 1987, two days after the crash "
        "that year.",
        "1989-10-17",
        [
            ("one-day", "DURATION", "P1D"),
            ("Oct. 21, 1987", "DATE", "1987-10-21"),
            ("two days", "DURATION", "P2D"),
            ("that year", "DATE", "1987"),
        ],
    ),
    (
        "The Dow Jones Industrial Average, which had been down 63.52 points in the first half-hour of "
        "trading, finished at 2657.38. He scored in the last half hour.",
        "1989-10-17",
        [("the first half-hour", "DURATION", "PT30M")],
    ),
    (
        "Kessler-Brandt Inc. said net income for its fiscal fourth quarter, ended Sept. 30, rose 27% on "
        "strong demand from farmers recovering from the 1988 drought. Net climbed to $18.4 million from "
        "$14.5 million in the year-ago period.",
        "1989-11-15",
        [
            ("fiscal fourth quarter", "DATE", "1989-Q4"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("1988", "DATE", "1988"),
            ("the year-ago period", "DATE", "1988-Q4"),
        ],
    ),
    (
        "For fiscal 1989, the company earned $61.7 million, or $2.38 a share, up 34% from $46 million, or "
        "$1.79 a share, in fiscal 1988. Revenue for the year rose 9% to $1.53 billion.",
        "1989-11-15",
        [("fiscal 1989", "DATE", "1989"), ("fiscal 1988", "DATE", "1988"), ("the year", "DATE", "1989")],
    ),
    (
        "China's economic growth slowed to 7.8 percent in 2012, the weakest pace in 13 years, but the "
        "world's second-largest economy picked up in the final quarter as government stimulus kicked in, "
        "official data showed Friday.",
        "2013-01-18",
        [
            ("2012", "DATE", "2012"),
            ("13 years", "DURATION", "P13Y"),
            ("the final quarter", "DATE", "2012-Q4"),
            ("Friday", "DATE", "2013-01-18"),
        ],
    ),
    (
        "Bryant scored 12 points in the final quarter.",
        "2013-01-18",
        [],
    ),
    (
        "In Recife, doctors noticed a surge in babies born with unusually small heads in late October.",
        "2016-02-05",
        [("late October", "DATE", "2015-10", "END")],
    ),
    (
        "The House will vote on the 21st Century Cures Act next week.",
        "2015-11-24",
        [("next week", "DATE", "2015-W49")],
    ),
    (
        "JUDITH LATHAM: This is VOA News Now. I'm Judith Latham. Now, for the first time, someone is "
        "listening.",
        "1998-10-19",
        [("Now", "DATE", "PRESENT_REF")],
    ),
    (
        "For almost four years, Ruth Calloway kept her son's bedroom exactly as he left it on the night "
        "of June 14, 1995. Today, after a jury convicted the man who killed him, she said she might "
        "finally pack up his trophies. That night had started ordinarily. Daniel finished his shift at "
        "10 p.m.",
        "1999-03-11",
        [
            ("almost four years", "DURATION", "P4Y", "LESS_THAN"),
            ("the night of June 14, 1995", "TIME", "1995-06-14TNI"),
            ("Today", "DATE", "1999-03-11"),
            ("That night", "TIME", "1995-06-14TNI"),
            ("10 p.m.", "TIME", "1995-06-14T22:00"),
        ],
    ),
    (
        "Yesterday afternoon, in the same spot, he announced that he would resign as mayor on March 31. "
        "The end had been coming since Nov. 18, 1998, when agents of the Federal Bureau of Investigation "
        "carried 40 boxes of records out of City Hall. Mr. Halloran was in Atlantic City that day. He flew "
        "home that evening.",
        "2000-02-24",
        [
            ("Yesterday afternoon", "TIME", "2000-02-23TAF"),
            ("March 31", "DATE", "2000-03-31"),
            ("Nov. 18, 1998", "DATE", "1998-11-18"),
            ("that day", "DATE", "1998-11-18"),
            ("that evening", "TIME", "1998-11-18TEV"),
        ],
    ),
    (
        "He has taught American history every spring since 1971. What will he do on the first Saturday "
        "in September?",
        "2000-11-17",
        [
            ("every spring", "SET", "XXXX-SP"),
            ("1971", "DATE", "1971"),
            ("the first Saturday in September", "DATE", "2001-09-01"),
        ],
    ),
    (
        "The Fed is expected to trim its bond purchases by another $10 billion at the end of its two-day "
        "meeting on Wednesday, having cut them to $75 billion a month in December.",
        "2014-01-24",
        [
            ("two-day", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("December", "DATE", "2013-12"),
        ],
    ),
    (
        "Nakamura Motor forecast on Thursday that operating profit would fall 5 percent in the current "
        "business year, after it sold 8.6 million vehicles in the last business year.",
        "2014-05-08",
        [
            ("Thursday", "DATE", "2014-05-08"),
            ("the current business year", "DATE", "2014"),
            ("the last business year", "DATE", "2013"),
        ],
    ),
    (
        '"It\'s been a straight-up market for nearly two years," said Tom Keller, chief investment '
        "officer at March Capital Advisors in New York.",
        "2014-01-24",
        [("nearly two years", "DURATION", "P2Y", "APPROX")],
    ),
    (
        "Robert Menendez resigned in March 2008. A Hudson County grand jury indicted him that fall.",
        "2012-07-24",
        [("March 2008", "DATE", "2008-03"), ("that fall", "DATE", "2008-FA")],
    ),
    (
        "The clerk was charged in 2013. He retired that October with a county pension.",
        "2015-02-27",
        [("2013", "DATE", "2013"), ("that October", "DATE", "2013-10")],
    ),
    (
        "In 1995, fewer than 20 million Americans were online; today the figure is well over 100 "
        "million. In 1998 he was elected. Today he said he would resign.",
        "2001-07-22",
        [
            ("1995", "DATE", "1995"),
            ("today", "DATE", "PRESENT_REF"),
            ("1998", "DATE", "1998"),
            ("Today", "DATE", "2001-07-22"),
        ],
    ),
    (
        "Diplomats noted that midnight Jan. 15 in New York will be 8 a.m. Jan. 16 in Baghdad.",
        "1990-11-30",
        [("midnight Jan. 15", "TIME", "1991-01-15T24:00"), ("8 a.m. Jan. 16", "TIME", "1991-01-16T08:00")],
    ),
    (
        "The measure is the 12th the council has adopted against Iraq since August.",
        "1990-11-30",
        [("August", "DATE", "1990-08")],
    ),
    (
        "The military will brief reporters twice a day, at 10 a.m. and 3 p.m. The shop opens daily at 9 a.m.",
        "1991-01-17",
        [
            ("twice a day", "SET", "P1D", None, {"freq": "2X"}),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("daily at 9 a.m.", "SET", "XXXX-XX-XXT09:00"),
        ],
    ),
    (
        "The offer will expire at 12:00 midnight, New York City time, on Friday, July 25, 2008.",
        "2008-07-14",
        [("12:00 midnight, New York City time, on Friday, July 25, 2008", "TIME", "2008-07-25T24:00-04:00")],
    ),
    (
        "Crestline will report results for the fourth quarter and full year 2013 on March 19. It will "
        "report sales quarterly rather than monthly.",
        "2014-03-06",
        [
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("2013", "DATE", "2013"),
            ("March 19", "DATE", "2014-03-19"),
            ("quarterly", "SET", "P3M"),
            ("monthly", "SET", "P1M"),
        ],
    ),
    (
        "Sales declined 2.1 percent in February, hurt by the closing of 240 stores for at least one day "
        "during the month.",
        "2014-03-06",
        [
            ("February", "DATE", "2014-02"),
            ("at least one day", "DURATION", "P1D", "EQUAL_OR_MORE"),
            ("the month", "DATE", "2014-02"),
        ],
    ),
    (
        "The decision to strike came after peace talks in France collapsed last week, and after Richard "
        "Holbrooke's mission to Belgrade ended Tuesday without a deal.",
        "1999-03-24",
        [("last week", "DATE", "1999-W11"), ("Tuesday", "DATE", "1999-03-23")],
    ),
    (
        "The truce took effect at 9 p.m. (1900 GMT). Israel launched the offensive on Nov. 14 with an "
        "airstrike that killed Hamas' military chief. Sirens still sounded in southern Israel as late as "
        "9:30 p.m.",
        "2012-11-21",
        [
            ("9 p.m.", "TIME", "2012-11-21T21:00"),
            ("1900 GMT", "TIME", "2012-11-21T19:00Z"),
            ("Nov. 14", "DATE", "2012-11-14"),
            ("9:30 p.m.", "TIME", "2012-11-21T21:30"),
        ],
    ),
    (
        "Mr. Habibie will deliver a state of the nation address on August 16th, a day before "
        "Independence Day.",
        "1998-06-30",
        [("August 16th", "DATE", "1998-08-16"), ("a day before Independence Day", "DATE", "1998-08-16")],
    ),
    (
        "Ten years ago, nobody would have believed a phone could do this. Today, everybody expects it. "
        "We think people will March into our stores this weekend.",
        "2007-06-26",
        [
            ("Ten years ago", "DATE", "1997"),
            ("Today", "DATE", "PRESENT_REF"),
            ("this weekend", "DATE", "2007-W26-WE"),
        ],
    ),
    (
        "March into this market now, and you may be buying at the top. The bond market had quite a day "
        "as well.",
        "1998-04-06",
        [("now", "DATE", "PRESENT_REF")],
    ),
    (
        "The worst decline was the 554-point drop on October 27th of last year. Its blood bank, which "
        "collected 2,000 pints a day earlier this month, ran dry.",
        "1998-08-31",
        [
            ("October 27th of last year", "DATE", "1997-10-27"),
            ("earlier this month", "DATE", "1998-08", "START"),
        ],
    ),
    (
        "The final kicks off at 9 p.m. on Sunday (1900 GMT). Tickets for the match sold out in March.",
        "1998-07-10",
        [
            ("9 p.m. on Sunday", "TIME", "1998-07-12T21:00"),
            ("1900 GMT", "TIME", "1998-07-12T19:00Z"),
            ("March", "DATE", "1998-03"),
        ],
    ),
    (
        "The jobless rate rose to 6.8 percent in October, after 6.7 percent in September. A year "
        "earlier it stood at 5.8 percent.",
        "1990-11-02",
        [
            ("October", "DATE", "1990-10"),
            ("September", "DATE", "1990-09"),
            ("A year earlier", "DATE", "1989-09"),
        ],
    ),
    (
        "The Senate voted 81-18 for the measure, which reopens the government through Jan. 15 and lets "
        "the Treasury borrow normally until Feb. 7.",
        "2013-10-16",
        [("Jan. 15", "DATE", "2014-01-15"), ("Feb. 7", "DATE", "2014-02-07")],
    ),
    (
        "Volunteers counted 3,000 owls in the group's Christmas Bird Count. Its next Christmas Bird "
        "Count will run from Dec. 14 to Jan. 5.",
        "2002-03-14",
        [("Dec. 14", "DATE", "2002-12-14"), ("Jan. 5", "DATE", "2003-01-05")],
    ),
    (
        "A Kremlin spokesman said on Monday that he had no information. Aeroflot's next flight to Havana "
        "departs at 2:05 pm on Tuesday.",
        "2013-06-24",
        [("Monday", "DATE", "2013-06-24"), ("2:05 pm on Tuesday", "TIME", "2013-06-25T14:05")],
    ),
    (
        "Merkel, who holds the EU's rotating presidency until June 30, told a news conference that the "
        "deal was historic.",
        "2007-03-09",
        [("June 30", "DATE", "2007-06-30")],
    ),
    (
        'Generals warned of a campaign lasting "months, not weeks". American share prices rose by 8% over '
        "the week.",
        "2003-03-22",
        [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW"), ("the week", "DATE", "2003-W12")],
    ),
    (
        "Fixed-asset investment grew 20.1 percent in the January-June period. The exhibition runs from "
        "January-June.",
        "2013-07-15",
        [
            ("the January-June period", "DATE", "2013-H1"),
            ("January", "DATE", "2013-01"),
            ("June", "DATE", "2013-06"),
        ],
    ),
    (
        "Martin's government survived by a single vote Thursday night. \"The people wanted stability, and "
        'tonight the House listened to them," Mr. Martin told reporters after the vote.',
        "2005-05-20",
        [("Thursday night", "TIME", "2005-05-19TNI"), ("tonight", "TIME", "2005-05-19TNI")],
    ),
    (
        'The vote is on Monday. "Tonight we prepare," he said.',
        "2005-05-20",
        [("Monday", "DATE", "2005-05-23"), ("Tonight", "TIME", "2005-05-20TNI")],
    ),
    (
        "The first patient arrived at Clarendon Medical Center on the morning of June 13, 2011, a "
        "43-year-old man transferred from a New York hospital.\n\nOn July 15, he was discharged to a "
        "rehabilitation center.",
        "2012-10-14",
        [
            ("the morning of June 13, 2011", "TIME", "2011-06-13TMO"),
            ("July 15", "DATE", "2011-07-15"),
        ],
    ),
    (
        "Stock prices rose in moderate trading yesterday, extending a rally that began Monday. Volume was "
        "160 million shares, compared with 152.5 million Monday. Stocks slipped briefly around 11 a.m. "
        "before rallying in the afternoon.",
        "1989-11-08",
        [
            ("yesterday", "DATE", "1989-11-07"),
            ("Monday", "DATE", "1989-11-06"),
            ("Monday", "DATE", "1989-11-06"),
            ("around 11 a.m.", "TIME", "1989-11-07T11:00", "APPROX"),
            ("the afternoon", "TIME", "1989-11-07TAF"),
        ],
    ),
    (
        "The demonstrations had begun on April 5.",
        "2013-03-14",
        [("April 5", "DATE", "2012-04-05")],
    ),
    (
        "The rally was held on April 5.",
        "2013-03-14",
        [("April 5", "DATE", "2012-04-05")],
    ),
    (
        "Talks will be held on April 5.",
        "2013-03-14",
        [("April 5", "DATE", "2013-04-05")],
    ),
    (
        "The plane, a twin-engine Beechcraft 1900D, crashed in 1999. Crime has fallen since the early 90's.",
        "1999-12-30",
        [("1999", "DATE", "1999"), ("the early 90's", "DATE", "199", "START")],
    ),
    (
        "Dealers may March ahead with more rebates. The airline operates about 400 flights a day from "
        "its two hubs.",
        "1990-04-19",
        [],
    ),
    (
        '"Two years ago, cloud was a side business for us. Today it accounts for nearly a third of our '
        'sales," he said.',
        "2013-07-24",
        [("Two years ago", "DATE", "2011"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "Dan Marino led a fourth-quarter comeback. The Bank of Japan, which meets next Tuesday and "
        "Wednesday, is expected to hold rates.",
        "2014-05-13",
        [("next Tuesday", "DATE", "2014-05-20"), ("Wednesday", "DATE", "2014-05-21")],
    ),
    (
        "The plane fell in December 1989. Today their families will hear the findings. For the next "
        "quarter century the case stayed open.",
        "1999-12-02",
        [
            ("December 1989", "DATE", "1989-12"),
            ("Today", "DATE", "1999-12-02"),
            ("the next quarter century", "DURATION", "P25Y"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_28(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
