"""A nineteenth probe of news: agency wires of 2012-2014, a TimeBank-like mix of 1989-1998 and
AQUAINT-like news of 1996-2000 (documents written for the probe), and the forms the earlier probes
left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "a year ago" counts back from the moment of writing even when the sentence names a year ("The
  2012 election was held a year ago"); "a year earlier" counts from that year.
- A month named "May" before a comma is no modal for the verb after it ("From January to May,
  exports rose").
- "The next match is at Manchester City on Sunday", "the summit is in Brussels on Thursday": a
  present copula placing an event at a place and then on a day tells of a day to come.
- "overnight" after a day its sentence has told and a second predicate is that day's night ("dumped
  snow on Tuesday and left travelers stranded overnight"); "after overnight losses" is the night
  before.
- "nine months later" after "the fall of 1998" is in 1999.
- A feast days away, "before" it or "for" its holiday, is the one to come ("two weeks left before
  Election Day"); so is what is made ready or braced for ("were preparing for Friday", "are
  bracing for Friday's report", "prepared to meet at the weekend"); a deadline that "runs out on
  Thursday", a review "due by the end of the month".
- The month of an event a forecast comes after is the nearest ("expect a gain, after a decline in
  October"); a bare verb after "and" shares the modal of the verb before ("will close at 4 p.m.
  and remain shut on Wednesday"); "a year earlier than planned" is a length; "set off weeks of
  protests"; "the week ahead" is next week.
- A relative clause's day in the pluperfect ("Shops that had closed on Thursday reopened") is no
  time the report moves to; a past clause's "the following day" does not count from a day still to
  come ("set an election for May 25. He was named president the following day").
- Results to be reported are a closed quarter's ("will report first-quarter results on August 2",
  in July); "Tuesday afternoon and evening" is two timexes of that Tuesday.
- A second round: "The committee last cut the rate in October" is past; "plan a series of events
  in September" a plan; "31,000 by 2000" a year; "every weekend" XXXX-WXX-WE; "last year" of the
  moment of writing after "from ... in 1990 to"; a "when" clause's month in its year; "will be
  taken down next week and sold in March"; a figure's month ("6.1 percent in August," "rising
  0.3% in November") the nearest; "Ruiz, now 35, will fight"; flags flown, debates put off and
  warnings issued "through" or "until" a day to come; "many of whom face re-election in November".
- "the three-and-a-half-year war" leaves its article to the noun; "results expected by Wednesday" and
  "may make another on Saturday" (after "last week") lie ahead.
- A third round: a weekday of a second predicate after "last week" is the latest ("hit a record
  last week and closed lower on Monday"); "would not hold rallies ... until Thursday at the
  earliest"; an offer extended "for Wexford Corp. until midnight Friday"; "housing starts, due
  Wednesday" at a sentence's end; a month's or a quarter's figures to be reported ("will report
  October housing starts", "the final revision of third-quarter GNP"); the weekend a clause is
  bound for or in ("leaving for the weekend", "is spending the holiday weekend"); "returns from its
  recess on Monday".
- A fourth round: "hope to have it ready by the end of the year" (no present perfect in "to have
  it"); "will report housing starts tomorrow" (a figure's name, no present); "set a hearing on the
  plan for Friday"; "the 19th since the crisis began" is no day; "June 30 of that year" takes the
  year its sentence has just named; "Exports from January to August rose" (a month after "to" is
  no verb); "kept it open six days a week, seeing patients from 8 a.m." (a habit's clock).
- A fifth round: "the whole year", "the entire year" as "the full year"; "predicted more rain ...
  through Thursday"; "a Long March 2F rocket" names no day; "little more than a year"; "the current
  cost of supplies" is no present.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # "ago" counts from the moment of writing, "earlier" from the year the sentence names.
    (
        "The 2009 election was held a year ago.",
        "2013-03-22",
        [("2009", "DATE", "2009"), ("a year ago", "DATE", "2012")],
    ),
    (
        "Tucker was convicted in 1984 of killing two people a year earlier.",
        "1998-02-03",
        [("1984", "DATE", "1984"), ("a year earlier", "DATE", "1983")],
    ),
    # A month after "to" and a comma is no modal: the main clause's past verb tells the range's time.
    (
        "From January to May, exports rose 5%.",
        "1989-11-02",
        [("January", "DATE", "1989-01"), ("May", "DATE", "1989-05")],
    ),
    # A present copula that places an event at a place, then on a day, tells of a day to come.
    (
        "Their next league match is at Manchester City on Sunday.",
        "2013-09-16",
        [("Sunday", "DATE", "2013-09-22")],
    ),
    (
        "The summit is in Brussels on Thursday.",
        "2013-09-16",
        [("Thursday", "DATE", "2013-09-19")],
    ),
    # (An event on a day, then "is", is no timetable: the day may be gone.)
    (
        "The attack in Kabul on Sunday is the worst this year.",
        "2013-09-16",
        [("Sunday", "DATE", "2013-09-15"), ("this year", "DATE", "2013")],
    ),
    # "overnight" after a day its sentence has told and a second predicate: that day's night.
    (
        "A storm dumped a foot of snow on Tuesday and left thousands of travelers stranded overnight.",
        "1996-02-14",
        [("Tuesday", "DATE", "1996-02-13"), ("overnight", "TIME", "1996-02-13TNI")],
    ),
    (
        "Refugees said police had ordered them out on Thursday morning and put them on trains overnight.",
        "1999-04-30",
        [("Thursday morning", "TIME", "1999-04-29TMO"), ("overnight", "TIME", "1999-04-29TNI")],
    ),
    # (An adjective's "overnight" is the night before the day: "after overnight losses".)
    (
        "London share prices closed lower Friday after overnight losses in New York.",
        "1989-10-27",
        [("Friday", "DATE", "1989-10-27"), ("overnight", "TIME", "1989-10-26TNI")],
    ),
    # A count of months after a season of a year reaches the year its middle month reaches.
    (
        (
            "The Fed cut rates three times in the fall of 1998, then began reversing those cuts "
            "nine months later."
        ),
        "2000-03-29",
        [("the fall of 1998", "DATE", "1998-FA"), ("nine months later", "DATE", "1999-XX")],
    ),
    # A feast days away, "before" it or "for" its holiday, is the one to come, whatever the tense.
    (
        "With two weeks left before Election Day, Gore spent Monday campaigning in Tennessee.",
        "2000-10-24",
        [
            ("two weeks", "DURATION", "P2W"),
            ("Election Day", "DATE", "2000-11-07"),
            ("Monday", "DATE", "2000-10-23"),
        ],
    ),
    (
        "Millions of Americans took to the highways Wednesday for the Thanksgiving holiday.",
        "1999-11-24",
        [("Wednesday", "DATE", "1999-11-24"), ("Thanksgiving", "DATE", "1999-11-25")],
    ),
    # What is made ready for, or braced for, lies ahead.
    (
        "Retailers were preparing for Friday, the traditional start of the holiday shopping season.",
        "1999-11-24",
        [("Friday", "DATE", "1999-11-26")],
    ),
    (
        "Investors are bracing for Friday's report on retail sales.",
        "1990-02-14",
        [("Friday", "DATE", "1990-02-16")],
    ),
    (
        "Arab foreign ministers prepared to meet again at the weekend.",
        "2012-02-14",
        [("the weekend", "DATE", "2012-W07-WE")],
    ),
    # A deadline "runs out" on a day to come; a review "due by" a day is still to come.
    (
        "The deadline runs out on Thursday.",
        "1998-03-17",
        [("Thursday", "DATE", "1998-03-19")],
    ),
    (
        "The director has ordered a review, due by the end of the month.",
        "1998-05-13",
        [("the end of the month", "DATE", "1998-05", "END")],
    ),
    # The month of an event a forecast comes after is the nearest, not the forecast's.
    (
        "Economists expect a gain of about 0.4%, after a 0.2% decline in October.",
        "1989-12-18",
        [("October", "DATE", "1989-10")],
    ),
    (
        "Sales will pick up after a lull in January.",
        "1989-12-18",
        [("January", "DATE", "1990-01")],
    ),
    # A bare verb joined by "and" to one "will" takes shares its future.
    (
        "Markets will close at 4 p.m. and remain shut on Wednesday.",
        "2013-12-31",
        [("4 p.m.", "TIME", "2013-12-31T16:00"), ("Wednesday", "DATE", "2014-01-01")],
    ),
    # "a year earlier than planned": how much earlier, a length.
    (
        "Hollande has pledged to pull troops out by the end of 2012, a year earlier than planned.",
        "2012-05-07",
        [("the end of 2012", "DATE", "2012", "END"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "The attack set off weeks of protests across India.",
        "2013-01-09",
        [("weeks", "DURATION", "PXW")],
    ),
    # "the week ahead", "the year ahead": the next one.
    (
        "The markets will be open for three and a half days in the week ahead.",
        "1998-12-27",
        [("three and a half days", "DURATION", "P3DT12H"), ("the week ahead", "DATE", "1998-W53")],
    ),
    # A relative clause's day in the pluperfect is background; the report's day stays.
    (
        "Harare was calm on Saturday morning. Shops that had closed on Thursday reopened, and a few "
        "hundred supporters gathered to celebrate in the evening.",
        "2013-08-03",
        [
            ("Saturday morning", "TIME", "2013-08-03TMO"),
            ("Thursday", "DATE", "2013-08-01"),
            ("the evening", "TIME", "2013-08-03TEV"),
        ],
    ),
    # A past clause's "the following day" after a day still to come counts from the day gone by.
    (
        "Parliament voted on Saturday to remove Yanukovich and set a presidential election for May 25. "
        "Speaker Oleksander Turchinov was named acting president the following day.",
        "2014-02-24",
        [
            ("Saturday", "DATE", "2014-02-22"),
            ("May 25", "DATE", "2014-05-25"),
            ("the following day", "DATE", "2014-02-23"),
        ],
    ),
    # Results to be reported are a closed quarter's.
    (
        "Sony will report first-quarter results on August 2.",
        "2012-07-19",
        [("first-quarter", "DATE", "2012-Q1"), ("August 2", "DATE", "2012-08-02")],
    ),
    # A second part of the day a weekday's part named, joined to it.
    (
        "More than 900 flights were canceled Tuesday afternoon and evening.",
        "1996-02-14",
        [("Tuesday afternoon", "TIME", "1996-02-13TAF"), ("evening", "TIME", "1996-02-13TEV")],
    ),
    # A verb whose past is its present is past after "last", "he", "who".
    (
        "The committee last cut the rate in October.",
        "2013-05-29",
        [("October", "DATE", "2012-10")],
    ),
    # "plan" before its object is a plan.
    (
        "Rights groups plan a series of events in September.",
        "2012-12-28",
        [("September", "DATE", "2013-09")],
    ),
    # A larger number than a dimension before "by" and a year.
    (
        "The population fell to 31,000 by 2000.",
        "2005-03-18",
        [("2000", "DATE", "2000")],
    ),
    # "every weekend": the weekend of each week.
    (
        "Gun shows have been held every weekend in many states.",
        "1999-05-20",
        [("every weekend", "SET", "XXXX-WXX-WE", None, {"quant": "EVERY"})],
    ),
    # Lengths inside a quotation.
    (
        "Albright said the alliance was prepared for ``weeks, if not months'' of bombing.",
        "1999-04-14",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    # "last year" counts from the moment of writing, whatever year the sentence names.
    (
        "Sales at the flagship fell from $98 million in 1990 to less than $40 million last year.",
        "1999-01-22",
        [("1990", "DATE", "1990"), ("last year", "DATE", "1998")],
    ),
    # A "when" clause tells of the year before it.
    (
        "The town flooded in 1993, when the river rose for nine days in July.",
        "2009-06-05",
        [("1993", "DATE", "1993"), ("nine days", "DURATION", "P9D"), ("July", "DATE", "1993-07")],
    ),
    # A passive joined to one "will be" starts, across the words between.
    (
        "The clock will be taken down next week and sold at auction in March.",
        "1999-01-22",
        [("next week", "DATE", "1999-W04"), ("March", "DATE", "1999-03")],
    ),
    # The month of a figure an aside gives, and a figure's month, are the nearest.
    (
        "The unemployment rate, 6.1 percent in August, could top 8 percent next year.",
        "2008-09-30",
        [("August", "DATE", "2008-08"), ("next year", "DATE", "2009")],
    ),
    (
        "The index, due Friday, should show prices rising 0.3% in November.",
        "1989-12-19",
        [("Friday", "DATE", "1989-12-22"), ("November", "DATE", "1989-11")],
    ),
    # "now 35" is an aside on the subject, no present of the clause.
    (
        "On Saturday night, Ruiz, now 35, will fight for the last time.",
        "2013-04-19",
        [("Saturday night", "TIME", "2013-04-20TNI"), ("now", "DATE", "PRESENT_REF")],
    ),
    # What is ordered, put off or issued up to a day runs to a day to come.
    (
        "President Clinton ordered flags at federal buildings flown at half-staff through Wednesday.",
        "1998-08-08",
        [("Wednesday", "DATE", "1998-08-12")],
    ),
    (
        "The House put off until at least Friday its debate on impeachment.",
        "1998-12-17",
        [("Friday", "DATE", "1998-12-18")],
    ),
    (
        "The National Weather Service issued flood warnings for 14 counties through Saturday.",
        "1998-09-16",
        [("Saturday", "DATE", "1998-09-19")],
    ),
    # Who "face re-election in November" face a coming one.
    (
        "Republican lawmakers, many of whom face re-election in November, spent the day complaining.",
        "1990-06-29",
        [("November", "DATE", "1990-11")],
    ),
    # A hyphened length leaves its article to the noun.
    (
        "The elections were the first since the peace agreement ended the three-and-a-half-year war.",
        "1996-09-16",
        [("three-and-a-half-year", "DURATION", "P3Y6M")],
    ),
    # What is expected by a day, and what may be done on one, lie ahead.
    (
        "Vote counting continued today, with preliminary results expected by Wednesday.",
        "1996-09-16",
        [("today", "DATE", "1996-09-16"), ("Wednesday", "DATE", "1996-09-18")],
    ),
    (
        "Engineers made a final course correction last week and may make another on Saturday if needed.",
        "1999-08-12",
        [("last week", "DATE", "1999-W31"), ("Saturday", "DATE", "1999-08-14")],
    ),
    # A third round (2013 wires, WSJ copy of 1989-1990, AQUAINT-like news, 1998 broadcasts).
    (
        "The DAX hit a record high last week and closed lower on Monday.",
        "2013-09-23",
        [("last week", "DATE", "2013-W38"), ("Monday", "DATE", "2013-09-23")],
    ),
    (
        "Both campaigns said they would not hold rallies in the affected states until Thursday at the "
        "earliest.",
        "2012-10-30",
        [("Thursday at the earliest", "DATE", "2012-11-01", "ON_OR_AFTER")],
    ),
    (
        "Harmon Industries Inc. said it extended its tender offer for Wexford Corp. until midnight Friday.",
        "1989-10-02",
        [("midnight Friday", "TIME", "1989-10-06T24:00")],
    ),
    (
        "This week's economic reports include November housing starts, due Wednesday.",
        "1990-12-18",
        [
            ("This week", "DATE", "1990-W51"),
            ("November", "DATE", "1990-11"),
            ("Wednesday", "DATE", "1990-12-19"),
        ],
    ),
    (
        "The jobs report, due on Oct. 4, was delayed.",
        "1989-10-06",
        [("Oct. 4", "DATE", "1989-10-04")],
    ),
    # A month's or a quarter's figures to be reported are those of one gone by.
    (
        "The Commerce Department will report October housing starts tomorrow.",
        "1989-11-20",
        [("October", "DATE", "1989-10"), ("tomorrow", "DATE", "1989-11-21")],
    ),
    (
        "Investors will watch for the report on November personal income and the final revision of "
        "third-quarter gross national product.",
        "1989-12-21",
        [("November", "DATE", "1989-11"), ("third-quarter", "DATE", "1989-Q3")],
    ),
    # The weekend a clause is bound for, or is in, is the one to come.
    (
        "Members are leaving for the weekend.",
        "1998-09-11",
        [("the weekend", "DATE", "1998-W37-WE")],
    ),
    (
        "Mr. Clinton is spending the holiday weekend at Camp David.",
        "1998-05-22",
        [("the holiday weekend", "DATE", "1998-W21-WE")],
    ),
    (
        "Stores were closed for the weekend.",
        "1998-05-26",
        [("the weekend", "DATE", "1998-W21-WE")],
    ),
    (
        "The House returns from its recess on Monday.",
        "1998-01-27",
        [("Monday", "DATE", "1998-02-02")],
    ),
    # A fourth round (2012-2014 wires, a TimeBank-like mix, AQUAINT-like news).
    (
        "They hope to have it ready by the end of the year.",
        "2012-06-29",
        [("the end of the year", "DATE", "2012", "END")],
    ),
    (
        "The department will report housing starts tomorrow and durable goods orders on Wednesday.",
        "1989-11-20",
        [("tomorrow", "DATE", "1989-11-21"), ("Wednesday", "DATE", "1989-11-22")],
    ),
    (
        "The judge set a hearing on the plan for Friday.",
        "1989-06-07",
        [("Friday", "DATE", "1989-06-09")],
    ),
    (
        "The summit was the 19th since the crisis began.",
        "2012-06-29",
        [],
    ),
    (
        "Morsi, who narrowly won a run-off on June 17, 2012 and took office on June 30 of that year, had "
        "governed for exactly a year.",
        "2013-07-04",
        [
            ("June 17, 2012", "DATE", "2012-06-17"),
            ("June 30 of that year", "DATE", "2012-06-30"),
            ("a year", "DURATION", "P1Y"),
        ],
    ),
    (
        "Exports from January to August rose 1.8 percent.",
        "1999-09-10",
        [("January", "DATE", "1999-01"), ("August", "DATE", "1999-08")],
    ),
    # The clock of a habit a rate of days tells.
    (
        "For nearly 30 years she kept it open six days a week, seeing patients from 8 a.m.",
        "1997-04-18",
        [
            ("nearly 30 years", "DURATION", "P30Y", "APPROX"),
            ("six days a week", "SET", "P1W"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
    # "the whole year", "the entire year" are the year in question, as "the full year" is.
    (
        "The government's target of 7 percent growth for the whole year would be met.",
        "1999-10-18",
        [("the whole year", "DATE", "1999")],
    ),
    # A fifth round (2013 wires, a TimeBank-like mix, AQUAINT-like news).
    (
        "Meteorologists predicted more rain in the middle reaches of the Yangtze through Thursday.",
        "1998-08-10",
        [("Thursday", "DATE", "1998-08-13")],
    ),
    (
        "Shenzhou lifted off at 6:30 a.m. Saturday aboard a new Long March 2F carrier rocket.",
        "1999-11-21",
        [("6:30 a.m. Saturday", "TIME", "1999-11-20T06:30")],
    ),
    (
        "The strike lasted little more than a year.",
        "1998-08-10",
        [("little more than a year", "DURATION", "P1Y", "MORE_THAN")],
    ),
    (
        "The company values its inventories at the current cost of supplies.",
        "2013-05-05",
        [],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_19(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
