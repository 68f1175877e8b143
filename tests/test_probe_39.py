"""A thirty-ninth probe: international and US news wires, broadcast transcripts, obituaries,
economic and financial wires, disaster reports with timelines, and Wikipedia-style war histories
(documents written for the probe, in two rounds of six kinds).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode (and in auto mode
where a passage is long enough to be read as a history).

Readings these cases pin down:
- "The month" of a part or a week of it, in a past clause after a month just named without its
  year, is that month ("Orders fell in August, and shipments slumped at the end of the month").
- A relative clause of an event a year names tells of that year ("During the 1959 strike, which
  began on July 15").
- A date that names an event before its noun ("the Sept. 11, 2001 attacks") is no old story's day
  a weekday after it goes back to.
- A timetable's present before an edge of the day ("Voting ends at sunset on Friday"), a feast or
  an anniversary kept ("Israel marks the 50th anniversary of its founding on Tuesday"), a team's
  game ("The Bulls play again Saturday night"), a forecast's weather told in the past ("Forecasters
  predicted snow on Tuesday night"), a present outlook "by" a season: all look ahead.
- The days the United Nations keeps (International Women's Day, World AIDS Day); "Holocaust
  Remembrance Day" is not 11 November.
- A broadcast's hour or a bare hour told roughly ("around 3 Central", "at about 10"); how long an
  event has lasted as its noun's adjective ("the two-year-old conflict"); "the first of the month".
- A plan a history tells in the pluperfect is for a time near the story's, before it as often as
  after it ("had originally been scheduled for late November").
- An encyclopaedia's article with its title on a line of its own is a history.
- A relative clause of a fiscal year tells of it ("fiscal 1997, which ended June 30"); a quoted
  "tonight" is the night of the day its speaker is said to have spoken on ("'We will vote
  tonight,' Lott said Monday", "the mayor said Tuesday night"); a timetable's return to a place
  without its article ("Students return to school Tuesday"); "the week of" a day a clause in the
  present names is to come; a team's game against a named side ("The Heat play Chicago on
  Friday").
- "The last day for students" is the final one, no day before the DCT nor a length; a road's
  number is no year ("Farm Road 1960"); a nobleman's particle after a given name ("Karl August
  von Hardenberg"); ranked years are years ("the four hardest years"); the period of a length's
  rate is a SET ("at least 20 minutes a day"), "five or more days a week" one SET.
- "The past year" without a count is the year before the DCT in a report, as TimeBank dates it (a
  history's stays a length; "the last decade" is a length again since the thirty-first session:
  the ten years up to the writing are no calendar decade); a headline's last word is no
  modifier of the paragraph after it; "the middle of the last century".
- "last October" written in November is the October a year before the one just gone (which is
  "last month" or "October"), as TimeBank dates "last February" on March 1; not across the new
  year ("last December" in January is the one just gone).
- A day a court sits is the report's, whatever old day its witness tells ("pleaded guilty on
  Tuesday", "On Thursday, a cashier told jurors ..."); "set a record on July 30" is a record's
  past; a bare weekday "by" which a present no cue tells comes to pass is to come ("The storm
  reaches the Bahamas by Thursday night"), and so is a forecast's weather on a day ("showers on
  Saturday and a drier Sunday"); a weekday to come in the sentence after a day still to come
  that a later weekday follows is after it ("begins next Tuesday. It continues Wednesday").
- "the following Monday, 12 March" with its day written first; "7 that Monday morning" one TIME.
- An evening's hour told in the past after the small hours of the DCT's day is the evening before
  ("won the presidency early Wednesday. President Bush conceded at 11:20 p.m."); a day restated
  after a comma in a pluperfect's clause is background ("had ordered an evacuation the day
  before, on Sunday, Aug. 28"); "By Tuesday ... had" is the nearest Tuesday in a history; a hope
  had is gone by; "prepares for", "look ahead to" look ahead; "tomorrow, Friday" is one day;
  Super Tuesday on the day the states held it; "a night of whiplash" and "two thousand unarmed
  monitors" are no times; a "when" clause after a year with a name's initial.
- "Monday the eleventh" (the ordinal spelled, not "Monday the first group"); a broadcast's hour
  said in words ("at seven Eastern, four Pacific").
- "each Labor Day weekend" is a set; a clock said aloud before its zone is no year ("sixteen oh
  six Universal Time").
- A span of days told without weekdays is a programme only for the weekdays of its own sentence
  (or of the next, when it goes on with a pronoun): "UEFA said the first matchdays are on Oct.
  20-21. Barcelona face Bayern on Friday" is the coming Friday.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "Orders fell in August, and shipments slumped at the end of the month.",
        "1998-10-12",
        [("August", "DATE", "1998-08"), ("the end of the month", "DATE", "1998-08", "END")],
    ),
    (
        "Prices rose in August. By the end of the month, they had doubled.",
        "1998-10-12",
        [("August", "DATE", "1998-08"), ("the end of the month", "DATE", "1998-08", "END")],
    ),
    (
        "Retail sales fell in January, when storms hit the Midwest in the third week of the month.",
        "1994-02-04",
        [("January", "DATE", "1994-01"), ("the third week of the month", "DATE", "1994-W03")],
    ),
    (
        (
            "Kowalczyk died Monday. During the 1959 strike, which began on July 15 and lasted "
            "until early November, he ran the soup kitchen."
        ),
        "1988-03-17",
        [
            ("Monday", "DATE", "1988-03-14"),
            ("1959", "DATE", "1959"),
            ("July 15", "DATE", "1959-07-15"),
            ("early November", "DATE", "1959-11", "START"),
        ],
    ),
    (
        "The anniversary of the Sept. 11, 2001 attacks passed quietly in New York on Tuesday.",
        "2012-09-12",
        [("Sept. 11, 2001", "DATE", "2001-09-11"), ("Tuesday", "DATE", "2012-09-11")],
    ),
    (
        "Spain marked the anniversary of the March 11, 2004 train bombings on Thursday.",
        "2013-03-13",
        [("March 11, 2004", "DATE", "2004-03-11"), ("Thursday", "DATE", "2013-03-07")],
    ),
    (
        "Voting ends at sunset on Friday.",
        "2014-09-18",
        [("sunset", "TIME", "2014-09-19TEV"), ("Friday", "DATE", "2014-09-19")],
    ),
    (
        "The curfew begins at nightfall on Monday.",
        "2014-09-18",
        [("nightfall", "TIME", "2014-09-22TEV"), ("Monday", "DATE", "2014-09-22")],
    ),
    (
        "Israel marks the 50th anniversary of its founding on Tuesday.",
        "2014-09-18",
        [("Tuesday", "DATE", "2014-09-23")],
    ),
    (
        "The Bulls play again Saturday night in Minnesota.",
        "1997-11-14",
        [("Saturday night", "TIME", "1997-11-15TNI")],
    ),
    (
        "Thousands of women marched in Kabul to mark International Women's Day.",
        "2013-03-09",
        [("International Women's Day", "DATE", "2013-03-08")],
    ),
    (
        "Israelis marked Holocaust Remembrance Day on Monday.",
        "2013-04-10",
        [("Monday", "DATE", "2013-04-08")],
    ),
    (
        "They will hold a news conference around 3 Central.",
        "2000-11-08",
        [("around 3 Central", "TIME", "2000-11-08T15:00-06:00", "APPROX")],
    ),
    (
        "Last night at about 10, there was a party on Congress Avenue.",
        "2000-11-08",
        [("Last night at about 10", "TIME", "2000-11-07T22:00", "APPROX")],
    ),
    (
        "The two-year-old conflict in Syria has killed more than 100,000 people.",
        "2014-04-07",
        [("two-year-old", "DURATION", "P2Y")],
    ),
    (
        "Police have made three arrests since the first of the month.",
        "2002-02-19",
        [("the first of the month", "DATE", "2002-02-01")],
    ),
    (
        "Markets are pricing in a bank rate of around 3.5 percent by the spring.",
        "2008-10-08",
        [("the spring", "DATE", "2009-SP")],
    ),
    (
        "Forecasters predicted snow on Tuesday night.",
        "2003-02-03",
        [("Tuesday night", "TIME", "2003-02-04TNI")],
    ),
    (
        "Officials said Monday they expected snow on Wednesday.",
        "2003-02-03",
        [("Monday", "DATE", "2003-02-03"), ("Wednesday", "DATE", "2003-02-05")],
    ),
    (
        "The company earned $1.2 billion in fiscal 1997, which ended June 30.",
        "1998-10-28",
        [("fiscal 1997", "DATE", "1997"), ("June 30", "DATE", "1997-06-30")],
    ),
    (
        '"We will vote tonight," Lott said Monday.',
        "2000-03-08",
        [("tonight", "TIME", "2000-03-06TNI"), ("Monday", "DATE", "2000-03-06")],
    ),
    (
        '"Tonight we celebrate," the mayor said Tuesday night.',
        "2000-03-08",
        [("Tonight", "TIME", "2000-03-07TNI"), ("Tuesday night", "TIME", "2000-03-07TNI")],
    ),
    (
        "Students return to school Tuesday.",
        "2001-08-23",
        [("Tuesday", "DATE", "2001-08-28")],
    ),
    (
        "The last day for students is June 14.",
        "2001-08-23",
        [("June 14", "DATE", "2002-06-14")],
    ),
    (
        "Spring break is the week of April 8.",
        "2001-08-23",
        [("Spring", "DATE", "2002-SP"), ("the week of April 8", "DATE", "2002-W15")],
    ),
    (
        "Crews are widening Farm Road 1960 this summer.",
        "2008-10-27",
        [("this summer", "DATE", "2008-SU")],
    ),
    (
        "UEFA said the first matchdays are on Oct. 20-21. Barcelona face Bayern on Friday.",
        "2020-08-13",
        [("Oct. 20", "DATE", "2020-10-20"), ("21", "DATE", "2020-10-21"), ("Friday", "DATE", "2020-08-14")],
    ),
    (
        "She described the war as the four hardest years of her life.",
        "2011-11-20",
        [("the four hardest years", "DURATION", "P4Y")],
    ),
    (
        "Karl August von Hardenberg met the king in March.",
        "2010-01-01",
        [("March", "DATE", "2009-03")],
    ),
    (
        (
            "Older adults who walk briskly for at least 20 minutes a day are far less likely to "
            "end up in a nursing home."
        ),
        "2015-06-17",
        [("at least 20 minutes", "DURATION", "PT20M", "EQUAL_OR_MORE"), ("a day", "SET", "P1D")],
    ),
    (
        "Those who walked five or more days a week had the lowest risk.",
        "2011-11-03",
        [("five or more days a week", "SET", "P1W", "EQUAL_OR_MORE")],
    ),
    (
        "The Heat play Chicago on Friday.",
        "2006-04-19",
        [("Friday", "DATE", "2006-04-21")],
    ),
    (
        "Hate groups grew in the United States over the past year.",
        "1998-03-03",
        [("the past year", "DATE", "1997")],
    ),
    (
        "Wages lost buying power to inflation in the last decade. The last year of the war was the worst.",
        "1998-02-06",
        [("the last decade", "DURATION", "P10Y"), ("The last year", "DURATION", "P1Y")],
    ),
    (
        "Arctic ice shrinks early\n\nLast month was the fourth-warmest May on record.",
        "2019-06-20",
        [("Last month", "DATE", "2019-05"), ("May", "DATE", "2019-05")],
    ),
    (
        "Downpours have grown more intense since the middle of the last century.",
        "2019-06-20",
        [("the middle of the last century", "DATE", "19", "MID")],
    ),
    (
        "Shipments in October ran about 9% below last October's level.",
        "1989-11-02",
        [("October", "DATE", "1989-10"), ("last October", "DATE", "1988-10")],
    ),
    (
        "Fighting since last March has killed more than 2,000 people.",
        "1999-04-06",
        [("last March", "DATE", "1998-03")],
    ),
    (
        "Sales fell last December.",
        "2025-01-03",
        [("last December", "DATE", "2024-12")],
    ),
    (
        "The crash happened at 5:40 p.m. on Dec. 31, 2020. Kessler pleaded guilty on Tuesday.",
        "2022-02-16",
        [("5:40 p.m. on Dec. 31, 2020", "TIME", "2020-12-31T17:40"), ("Tuesday", "DATE", "2022-02-15")],
    ),
    (
        (
            "On June 3, 2016, a gunman shot Ahmed Saleh in his deli. On Thursday, a cashier told "
            "jurors she had seen the gunman."
        ),
        "2016-12-09",
        [("June 3, 2016", "DATE", "2016-06-03"), ("Thursday", "DATE", "2016-12-08")],
    ),
    (
        "The city set a record on July 30.",
        "2024-06-14",
        [("July 30", "DATE", "2023-07-30")],
    ),
    (
        "The storm reaches the Bahamas by Thursday night.",
        "2017-09-06",
        [("Thursday night", "TIME", "2017-09-07TNI")],
    ),
    (
        "The outlook for the weekend is changeable, with showers on Saturday and a drier Sunday.",
        "2003-08-11",
        [
            ("the weekend", "DATE", "2003-W33-WE"),
            ("Saturday", "DATE", "2003-08-16"),
            ("Sunday", "DATE", "2003-08-17"),
        ],
    ),
    (
        "The refunding begins next Tuesday. It continues Wednesday and Thursday.",
        "1990-01-24",
        [
            ("next Tuesday", "DATE", "1990-01-30"),
            ("Wednesday", "DATE", "1990-01-31"),
            ("Thursday", "DATE", "1990-02-01"),
        ],
    ),
    (
        "The trial opens next Monday. Closing arguments are expected Friday.",
        "1989-10-20",
        [("next Monday", "DATE", "1989-10-23"), ("Friday", "DATE", "1989-10-27")],
    ),
    (
        "The strike began on Monday 5 March 1984. By the following Monday, 12 March, it had become national.",
        "2024-03-08",
        [
            ("Monday 5 March 1984", "DATE", "1984-03-05"),
            ("the following Monday, 12 March", "DATE", "1984-03-12"),
        ],
    ),
    (
        "The roof fell on Monday, Nov. 14, 1983. The men had started their shift at 7 that Monday morning.",
        "2013-11-21",
        [
            ("Monday, Nov. 14, 1983", "DATE", "1983-11-14"),
            ("7 that Monday morning", "TIME", "1983-11-14T07:00"),
        ],
    ),
    (
        "Mr. Clinton won the presidency early Wednesday. President Bush conceded at 11:20 p.m. in Houston.",
        "1992-11-04",
        [("early Wednesday", "DATE", "1992-11-04", "START"), ("11:20 p.m.", "TIME", "1992-11-03T23:20")],
    ),
    (
        "Investors had hoped for a new phone in June.",
        "2011-10-18",
        [("June", "DATE", "2011-06")],
    ),
    (
        "It was a night of whiplash for both campaigns.",
        "2000-11-09",
        [],
    ),
    (
        (
            "Not since 1968, when Lyndon B. Johnson announced on March 31 that he would not run, "
            "has a president stepped aside."
        ),
        "2024-07-22",
        [("1968", "DATE", "1968"), ("March 31", "DATE", "1968-03-31")],
    ),
    (
        "The debate is tomorrow, Friday.",
        "1998-12-17",
        [("tomorrow", "DATE", "1998-12-18"), ("Friday", "DATE", "1998-12-18")],
    ),
    (
        "NATO will send two thousand unarmed monitors.",
        "1998-10-13",
        [],
    ),
    (
        "As the theater world prepares for the Tony Awards on Sunday night, tickets are scarce.",
        "2000-06-02",
        [("Sunday night", "TIME", "2000-06-04TNI")],
    ),
    (
        "Both parties look ahead to the primary on Tuesday.",
        "2000-06-02",
        [("Tuesday", "DATE", "2000-06-06")],
    ),
    (
        "Obama and Clinton fought to a draw on Super Tuesday.",
        "2008-02-06",
        [("Super Tuesday", "DATE", "2008-02-05")],
    ),
    (
        (
            "The storm made landfall at 6:10 a.m. on Monday, Aug. 29, 2005. The mayor had ordered "
            "an evacuation the day before, on Sunday, Aug. 28. Shortly before 8 a.m., the "
            "floodwall gave way."
        ),
        "2010-08-27",
        [
            ("6:10 a.m. on Monday, Aug. 29, 2005", "TIME", "2005-08-29T06:10"),
            ("the day before", "DATE", "2005-08-28"),
            ("Sunday, Aug. 28", "DATE", "2005-08-28"),
            ("8 a.m.", "TIME", "2005-08-29T08:00"),
        ],
    ),
    (
        "It was on Monday the eleventh that India set off its first devices. On Monday the first group left.",
        "1998-05-28",
        [("Monday the eleventh", "DATE", "1998-05-11"), ("Monday", "DATE", "1998-05-25")],
    ),
    (
        "Our coverage continues at the top of the hour, at seven Eastern, four Pacific.",
        "1998-08-07",
        [
            ("seven Eastern", "TIME", "1998-08-07T19:00-04:00"),
            ("four Pacific", "TIME", "1998-08-07T16:00-07:00"),
        ],
    ),
    (
        "She appeared at the festival each Labor Day weekend.",
        "1994-11-09",
        [("each Labor Day weekend", "SET", "P1Y")],
    ),
    ("The time is sixteen oh six Universal Time.", "1998-03-03", []),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The attack began on 16 December 1944. It had originally been scheduled for late "
            "November, but was postponed to 10 December."
        ),
        "2012-01-23",
        [
            ("16 December 1944", "DATE", "1944-12-16"),
            ("late November", "DATE", "1944-11", "END"),
            ("10 December", "DATE", "1944-12-10"),
        ],
    ),
    (
        (
            "The Rising began on Monday, 24 April 1916. Reinforcements arrived on Wednesday. By "
            "Tuesday the British had placed the city under martial law, and on Friday night the "
            "rebels left."
        ),
        "2016-05-02",
        [
            ("Monday, 24 April 1916", "DATE", "1916-04-24"),
            ("Wednesday", "DATE", "1916-04-26"),
            ("Tuesday", "DATE", "1916-04-25"),
            ("Friday night", "TIME", "1916-04-28TNI"),
        ],
    ),
]

#: Long enough for auto mode to read it as a history.
HISTORY_IN_AUTO_MODE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Battle of Chosin Reservoir\n\nThe Battle of Chosin Reservoir was a battle of the "
            "Korean War. UN forces landed at Inchon on 15 September 1950 and crossed the 38th "
            "parallel in early October. The Chinese attacked on 27 November.\n\nVeterans will march "
            "in Washington this weekend."
        ),
        "2008-06-25",
        [
            ("15 September 1950", "DATE", "1950-09-15"),
            ("early October", "DATE", "1950-10", "START"),
            ("27 November", "DATE", "1950-11-27"),
            ("this weekend", "DATE", "2008-W26-WE"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_39(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_39(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), HISTORY_IN_AUTO_MODE)
def test_history_probe_39(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)
