"""An eleventh probe of news: sports reports, court and crime news, science and health news,
politics and elections, and weather and disaster reports (about 230 short documents written for
the probe, 2,300 timexes judged).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A modal's negation looks ahead as the modal does ("We cannot wait until Friday"), not as "could
  not" or "would not say", which tell of the past.
- An aside of what is still to be done dates it ahead ("The report, to be released on Wednesday,
  says"; "due to be published"), while "due on Friday" alone leaves it to the clause's verb.
- An order or a request is for what is to be done after it ("ordered residents to leave by
  Saturday", "urged residents to evacuate before Friday"); a day before it stays the order's
  ("On Tuesday, the judge ordered him to appear ..."). So is a wish told in the past ("wanted to
  discuss an extension in the autumn").
- A present copula before a day of a month puts it ahead ("Election Day is November 5"), as it
  does a weekday ("the vote is Monday"); "Today is March 13" is today.
- Fixtures: a stage of a competition between the teams and the day ("faces Rubin in the second
  round on Wednesday"); a player's absence from a fixture named by its day ("will miss Saturday's
  trip to Liverpool").
- A game's halves are no calendar's: in a match report throughout, not only in a sentence that
  tells of the game, unless the sentence gives a company's or an economy's figures; "the second
  half of last weekend's win" is a half of the game.
- A year said right after a pair of days dates both ("on Aug. 28 and 29 in 2005", "July 14 and 15
  last year"), and the second day of a pair is in the first one's year; a month paired after one
  with a year or a determiner is in its year ("next July and August", "from November 2004 to
  February").
- Not dates: a weather report's bands after "highs will reach", "readings fell into"; a minor
  planet's or a comet's designation ("asteroid 2012 DA14"); "night-vision goggles"; the count of
  a tally ("the 17th inmate executed").
- A transcript's "six a-m"; "the new century" of a writer in 1999 is the 21st (value 20).
- "must" looks ahead unless a past verb reports it ("had ruled that Elian must be returned");
  "was likely before the session in November" is of what was to come; a weekday paired with one
  of a named week is of that week ("Monday through Wednesday last week"); the first clock of a
  range takes the second's p.m. on the day the second names ("between 4:30 and 5:15 p.m. that
  day"); a plan "originally set" or a deadline "had been given until" is gone by.
- A second round, of business wires of 1987-1992, agency wires of 2011-2014, obituaries and
  twelve more wars: "was forecast to", "would not crest until", "expected Irma to reach",
  "payable Jan. 4" look ahead; a moment restated in another zone in brackets ("(1641 GMT
  Friday)") moves no story; a part of the day in a report takes a day, not a month told as
  background; an obituary is news in auto mode though it dates the death by a day of the month
  alone; "the 1991 first half"; "Sunday school", "at the last minute", "his summer residence",
  "the 19th summit" are no dates; the morning after "late Thursday" is Friday's; a month before
  one with a year said after it is in that year ("November and December next year"); "in the
  final two years ago" is a match, then a date; "the last-16 second leg" no length.
- A third round, of long features of 1998-2000, defense and security news, and arts, travel and
  transport news: "plans for Sunday", "are preparing for", "has warned of queues ... on Friday"
  look ahead, "had threatened to kill the hostages by Sunday night" is gone by; a film "hits
  theaters", "premieres", "opens in theaters" or "on Broadway" on a day to come; a report's clock
  time is on its own day, not on a month or a day weeks back told after it in the background
  ("A cease-fire took effect Monday, halting a war that began July 12. ... at 7:40 a.m."); "the
  Thanksgiving holiday weekend"; "twice in 1987, once on Oct. 9"; "Sunday's estimates will be
  updated on Monday" (the day of what was counted, gone by; "Tuesday's summit will be his last"
  is still to come).
- A fourth round, of agency wires of 2012-2013: "said he would not play on Tuesday" looks ahead
  ("would not say on Monday" stays a refusal told in the past); "called for protests on Friday";
  "a march is planned in Paris for Saturday"; "held an inconclusive vote on May 6" (a noun, no
  timetable).

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A modal's negation still looks ahead: what cannot happen now cannot happen until later.
    (
        "We cannot wait until Friday.",
        "2010-10-27",
        [("Friday", "DATE", "2010-10-29")],
    ),
    (
        '"We can\'t wait until the winter," the director said.',
        "2010-10-27",
        [("the winter", "DATE", "2010-WI")],
    ),
    (
        "He said he cannot remember what happened on Friday.",
        "2010-10-27",
        [("Friday", "DATE", "2010-10-22")],
    ),
    # What is still to be done, in an aside of the subject's.
    (
        "The report, to be released on Wednesday, says floods are rising.",
        "2019-09-23",
        [("Wednesday", "DATE", "2019-09-25")],
    ),
    (
        "The report, due to be published on Wednesday, warns of floods.",
        "2019-09-23",
        [("Wednesday", "DATE", "2019-09-25")],
    ),
    (
        "The jobs report, due on Friday, was delayed.",
        "2019-09-23",
        [("Friday", "DATE", "2019-09-20")],
    ),
    # An order or a request is for what is still to be done when it is given.
    (
        "Officials ordered residents to leave by Saturday.",
        "2017-09-07",
        [("Saturday", "DATE", "2017-09-09")],
    ),
    (
        "The governor urged residents to evacuate before Friday.",
        "2017-09-07",
        [("Friday", "DATE", "2017-09-08")],
    ),
    (
        "On Tuesday, the judge ordered him to appear in court on Monday.",
        "2017-09-07",
        [("Tuesday", "DATE", "2017-09-05"), ("Monday", "DATE", "2017-09-11")],
    ),
    (
        "He told police he went to the store on Friday.",
        "2017-09-07",
        [("Friday", "DATE", "2017-09-01")],
    ),
    (
        "The FA said it wanted to discuss an extension in the autumn.",
        "2021-07-12",
        [("the autumn", "DATE", "2021-FA")],
    ),
    # A present copula that puts an event on a day of a month.
    (
        "Election Day is November 5.",
        "1996-03-13",
        [("Election Day", "DATE", "1996-11-05"), ("November 5", "DATE", "1996-11-05")],
    ),
    (
        "Today is March 13.",
        "1996-03-13",
        [("Today", "DATE", "1996-03-13"), ("March 13", "DATE", "1996-03-13")],
    ),
    # Fixtures: a stage of a competition, and a player's absence from a fixture.
    (
        "Federer faces Rubin in the second round on Wednesday.",
        "2017-01-16",
        [("Wednesday", "DATE", "2017-01-18")],
    ),
    (
        "Drogba will miss Saturday's trip to Liverpool.",
        "2017-01-16",
        [("Saturday", "DATE", "2017-01-21")],
    ),
    (
        "Drogba missed Saturday's game.",
        "2017-01-16",
        [("Saturday", "DATE", "2017-01-14")],
    ),
    # A game's halves and quarters are no calendar's.
    (
        "Barcelona beat Manchester United 2-0 in the final. Eto'o scored after ten minutes and Messi "
        "netted a header. The striker was booked before half-time. Ronaldo looked frustrated for much of "
        "the first half.",
        "2009-05-28",
        [("ten minutes", "DURATION", "PT10M")],
    ),
    (
        "Alex picked up a knee problem in the second half of last weekend's win.",
        "2010-11-02",
        [("last weekend", "DATE", "2010-W43-WE")],
    ),
    (
        "Sales rose in the first half. The company said growth would slow in the second half.",
        "2009-05-28",
        [("the first half", "DATE", "2009-H1"), ("the second half", "DATE", "2009-H2")],
    ),
    # A year said after a pair of days or a month dates them all; a month paired after one with a year is in
    # it.
    (
        "Katrina struck on Aug. 28 and 29 in 2005.",
        "2022-07-15",
        [("Aug. 28", "DATE", "2005-08-28"), ("29", "DATE", "2005-08-29"), ("2005", "DATE", "2005")],
    ),
    (
        "Heavy rain fell on July 14 and 15 last year.",
        "2022-07-15",
        [("July 14", "DATE", "2021-07-14"), ("15", "DATE", "2021-07-15"), ("last year", "DATE", "2021")],
    ),
    (
        "The finals are next July and August.",
        "2022-08-01",
        [("next July", "DATE", "2023-07"), ("August", "DATE", "2023-08")],
    ),
    (
        "The talks ran from November 2004 to February.",
        "2022-08-01",
        [("November 2004", "DATE", "2004-11"), ("February", "DATE", "2005-02")],
    ),
    # Not dates: a weather report's bands, a minor planet's name, a night's goggles.
    (
        "Highs will reach the 60s by early next week.",
        "2021-02-18",
        [("early next week", "DATE", "2021-W08", "START")],
    ),
    (
        "Readings fell into the 30s overnight.",
        "2021-02-18",
        [("overnight", "TIME", "2021-02-17TNI")],
    ),
    (
        "Separately, asteroid 2012 DA14 will pass within 17,200 miles.",
        "2013-02-15",
        [],
    ),
    (
        "Officers wore night-vision goggles.",
        "2013-02-15",
        [],
    ),
    # Transcripts and the turn of the century.
    (
        "Polls open at six a-m tomorrow.",
        "1998-02-13",
        [("six a-m tomorrow", "TIME", "1998-02-14T06:00")],
    ),
    (
        "Planners are getting ready for the new century, officials said.",
        "1999-06-13",
        [("the new century", "DATE", "20")],
    ),
    # Counts a crime report keeps are no days of the month.
    (
        "Pryor would be the 17th inmate executed in Texas this year.",
        "2001-11-30",
        [("this year", "DATE", "2001")],
    ),
    (
        "The attack happened on the 17th.",
        "2001-11-30",
        [("the 17th", "DATE", "2001-11-17")],
    ),
    # An obligation is still to be met; a likelihood told in the past is of what was to come.
    (
        "She must return to Parliament with a new plan by Monday.",
        "2019-01-16",
        [("Monday", "DATE", "2019-01-21")],
    ),
    (
        "He must have left on Monday.",
        "2019-01-16",
        [("Monday", "DATE", "2019-01-14")],
    ),
    (
        "Analysts said no deal was likely before the session in November and December.",
        "2012-07-18",
        [("November", "DATE", "2012-11"), ("December", "DATE", "2012-12")],
    ),
    # A weekday paired with one of a week the text names after it is of that week too.
    (
        "A poll taken Monday through Wednesday last week showed Clinton ahead.",
        "1996-03-13",
        [("Monday", "DATE", "1996-03-04"), ("Wednesday last week", "DATE", "1996-03-06")],
    ),
    (
        "A poll conducted Friday through Sunday of last week found the race tied.",
        "2004-07-30",
        [("Friday", "DATE", "2004-07-23"), ("Sunday of last week", "DATE", "2004-07-25")],
    ),
    (
        "He will campaign Monday through Wednesday next week.",
        "2012-10-15",
        [("Monday", "DATE", "2012-10-22"), ("Wednesday next week", "DATE", "2012-10-24")],
    ),
    # The first clock of a range shares the second's half of the day, on the day the second names.
    (
        "Sandvik called 911 at 6:02 p.m. Saturday. His phone was near the shop between 4:30 and 5:15 p.m. "
        "that day.",
        "2020-09-11",
        [
            ("6:02 p.m. Saturday", "TIME", "2020-09-05T18:02"),
            ("4:30", "TIME", "2020-09-05T16:30"),
            ("5:15 p.m. that day", "TIME", "2020-09-05T17:15"),
        ],
    ),
    # A plan or a deadline told as the first of two, or in the pluperfect, is one gone by.
    (
        "The trial was originally set to begin in January.",
        "2021-03-10",
        [("January", "DATE", "2021-01")],
    ),
    (
        "The trial is set to begin in January.",
        "2021-03-10",
        [("January", "DATE", "2022-01")],
    ),
    (
        "Finley had been given until Sept. 30 to repay the clients.",
        "2010-11-05",
        [("Sept. 30", "DATE", "2010-09-30")],
    ),
    (
        "The court has given him until Sept. 30 to repay the clients.",
        "2010-11-05",
        [("Sept. 30", "DATE", "2011-09-30")],
    ),
    # A forecast, a dividend and an expectation of what was to come, told in the past.
    (
        "Irma was forecast to reach Florida on Sunday.",
        "2017-09-07",
        [("Sunday", "DATE", "2017-09-10")],
    ),
    (
        "The weather service said rivers would not crest until Monday.",
        "2018-09-15",
        [("Monday", "DATE", "2018-09-17")],
    ),
    (
        "Forecasters expected Irma to reach Florida early Sunday.",
        "2017-09-07",
        [("early Sunday", "DATE", "2017-09-10", "START")],
    ),
    (
        "The board declared a special dividend of $1 a share, payable Jan. 4 to holders of record Dec. 21.",
        "1987-12-11",
        [("Jan. 4", "DATE", "1988-01-04"), ("Dec. 21", "DATE", "1987-12-21")],
    ),
    # A moment restated in another zone is no time the story moves to.
    (
        "The plane left Kuala Lumpur at 12:41 am on Saturday (1641 GMT Friday) and was due to land in "
        "Beijing at 6:30 am the same day.",
        "2014-03-09",
        [
            ("12:41 am on Saturday", "TIME", "2014-03-08T00:41"),
            ("1641 GMT Friday", "TIME", "2014-03-07T16:41Z"),
            ("6:30 am the same day", "TIME", "2014-03-08T06:30"),
        ],
    ),
    # A part of the day in a report is of a day, not of a month told as background.
    (
        "The attack began late Tuesday. He was appointed in July. Protesters had gathered earlier in the "
        "evening.",
        "2012-09-12",
        [
            ("late Tuesday", "DATE", "2012-09-11", "END"),
            ("July", "DATE", "2012-07"),
            ("the evening", "TIME", "2012-09-11TEV"),
        ],
    ),
    # An obituary is news, though it dates the death by a day of the month alone.
    (
        "Tomasz Nowak, an engineer, died on Aug. 6 in Chicago. He was born in Krakow on May 12, 1932, and "
        "reached Chicago in 1958. A funeral Mass is scheduled for Aug. 20.",
        "2022-08-12",
        [
            ("Aug. 6", "DATE", "2022-08-06"),
            ("May 12, 1932", "DATE", "1932-05-12"),
            ("1958", "DATE", "1958"),
            ("Aug. 20", "DATE", "2022-08-20"),
        ],
    ),
    # A report's half of a year it names first.
    (
        "Profit fell in the 1991 first half.",
        "1992-07-16",
        [("the 1991 first half", "DATE", "1991-H1")],
    ),
    # Not dates: a church's class, an idiom for late, a kind of house, a tally of summits.
    (
        "She taught Sunday school for decades.",
        "2013-06-20",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "The deal was saved at the last minute.",
        "2013-06-20",
        [],
    ),
    (
        "The president spent the weekend at his summer residence.",
        "2013-06-20",
        [("the weekend", "DATE", "2013-W24-WE")],
    ),
    (
        "Leaders met at the 19th summit in Mexico.",
        "2013-06-20",
        [],
    ),
    # The morning after a day's late hours is the next day's; its evening stays that day's.
    (
        "The truce, announced late Thursday, went into effect at 8:00 am.",
        "2014-08-01",
        [("late Thursday", "DATE", "2014-07-31", "END"), ("8:00 am", "TIME", "2014-08-01T08:00")],
    ),
    (
        "The vote ended late Thursday. The count finished at 11 p.m.",
        "2014-08-01",
        [("late Thursday", "DATE", "2014-07-31", "END"), ("11 p.m.", "TIME", "2014-07-31T23:00")],
    ),
    # A day a nation celebrates, in a report days before it, is this year's.
    (
        "France celebrates Bastille Day on July 14.",
        "2013-07-10",
        [("Bastille Day", "DATE", "2013-07-14"), ("July 14", "DATE", "2013-07-14")],
    ),
    # A month before one with a year said after it is in that year; "the final" of a cup is a match.
    (
        "The World Cup is scheduled for November and December next year.",
        "2021-07-12",
        [("November", "DATE", "2022-11"), ("December next year", "DATE", "2022-12")],
    ),
    (
        "The finals were in June and July last year.",
        "2021-07-12",
        [("June", "DATE", "2020-06"), ("July last year", "DATE", "2020-07")],
    ),
    (
        "They lost in the final two years ago.",
        "2020-02-03",
        [("two years ago", "DATE", "2018")],
    ),
    (
        "Chelsea face Porto in the last-16 second leg on Tuesday.",
        "2021-07-12",
        [("Tuesday", "DATE", "2021-07-13")],
    ),
    # Third round (long features of 1998-2000, defense news, arts and travel news): plans and warnings
    # look ahead; a plan told in the pluperfect is gone by.
    (
        "There is no reason to change plans for Sunday.",
        "2011-09-09",
        [("Sunday", "DATE", "2011-09-11")],
    ),
    (
        "Officials are preparing for a ministerial meeting in early December.",
        "1999-05-20",
        [("early December", "DATE", "1999-12", "START")],
    ),
    (
        "Kidnappers had threatened to kill the hostages by Sunday night.",
        "2004-04-12",
        [("Sunday night", "TIME", "2004-04-11TNI")],
    ),
    (
        "Heathrow has warned of queues at border control on Friday and Saturday.",
        "2019-07-15",
        [("Friday", "DATE", "2019-07-19"), ("Saturday", "DATE", "2019-07-20")],
    ),
    # What comes out on a day of the week to come.
    (
        "The film hits theaters Friday.",
        "2023-10-09",
        [("Friday", "DATE", "2023-10-13")],
    ),
    (
        "The series premieres Sunday.",
        "2023-10-09",
        [("Sunday", "DATE", "2023-10-15")],
    ),
    (
        "The film opens in theaters Friday.",
        "2023-10-09",
        [("Friday", "DATE", "2023-10-13")],
    ),
    (
        "The musical opens on Broadway Thursday.",
        "2023-10-09",
        [("Thursday", "DATE", "2023-10-12")],
    ),
    # A report's clock time is on its own day, not on background told after it.
    (
        "A cease-fire took effect Monday, halting a war that began July 12. Israeli jets struck Beirut as "
        "late as 7:40 a.m.",
        "2006-08-14",
        [
            ("Monday", "DATE", "2006-08-14"),
            ("July 12", "DATE", "2006-07-12"),
            ("7:40 a.m.", "TIME", "2006-08-14T07:40"),
        ],
    ),
    (
        "The war began on July 12. At 7:40 a.m. jets struck Beirut.",
        "2006-08-14",
        [("July 12", "DATE", "2006-07-12"), ("7:40 a.m.", "TIME", "2006-07-12T07:40")],
    ),
    (
        "The court ruled yesterday. The governor, who presents his budget in mid-January, said in a "
        "statement released at 6 p.m. that he would appeal.",
        "1999-12-02",
        [
            ("yesterday", "DATE", "1999-12-01"),
            ("mid-January", "DATE", "2000-01", "MID"),
            ("6 p.m.", "TIME", "1999-12-01T18:00"),
        ],
    ),
    # A holiday's weekend; a day of the month said after a year, in apposition.
    (
        "Frozen 2 topped the box office over the Thanksgiving holiday weekend.",
        "2019-12-02",
        [("the Thanksgiving holiday weekend", "DATE", "2019-W48-WE")],
    ),
    (
        "He was interviewed twice in 1987, once on Oct. 9 and again three weeks later.",
        "1998-03-12",
        [
            ("1987", "DATE", "1987"),
            ("Oct. 9", "DATE", "1987-10-09"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
    # The day of what was said or counted, opening a sentence about its future, is gone by.
    (
        "Sunday's estimates will be updated on Monday.",
        "2019-12-02",
        [("Sunday", "DATE", "2019-12-01"), ("Monday", "DATE", "2019-12-02")],
    ),
    (
        "Tuesday's summit will be his last.",
        "2019-12-02",
        [("Tuesday", "DATE", "2019-12-03")],
    ),
    # A fourth round (agency wires of 2012-2013): what one would not do on a day to come, a call for a day,
    # a march planned in a place.
    (
        "Nadal said he would not play on Tuesday.",
        "2012-09-09",
        [("Tuesday", "DATE", "2012-09-11")],
    ),
    (
        "The ministry would not say on Monday whether talks would resume.",
        "2012-09-09",
        [("Monday", "DATE", "2012-09-03")],
    ),
    (
        "The Brotherhood called for protests on Friday.",
        "2012-09-09",
        [("Friday", "DATE", "2012-09-14")],
    ),
    (
        "A march is planned in Paris for Saturday.",
        "2012-09-09",
        [("Saturday", "DATE", "2012-09-15")],
    ),
    # A timetable verb after an article and an adjective is a noun: no future.
    (
        "Greece held an inconclusive vote on May 6.",
        "2012-06-18",
        [("May 6", "DATE", "2012-05-06")],
    ),
    (
        "Parliament passed the bill after a close vote on Friday.",
        "2012-06-18",
        [("Friday", "DATE", "2012-06-15")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_11(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
