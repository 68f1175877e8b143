"""A twenty-fifth probe of news: agency wires of 2011-2015 (world, US domestic, sport, health,
science and courts), AQUAINT-like stories of 1998-2000, Wall Street Journal business copy of
1989-1990 and broadcast transcripts of 1998 (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A court's list looks ahead ("A hearing has been listed for June 30"), as a date "set for" one
  does; so does a match "pushed back to Wednesday", the move's object between its verb and "back";
  a term's end in the present ("Glenn, who retires in January") is a schedule; a trailing
  attribution after an aside ("on Saturday, earlier than planned, a spokesman said") does not
  outweigh the sentence's own "will"; nor does an aside's "originally due Oct. 4" the clause's
  "will release ... on Tuesday".
- A poll's figure "in the mid-40s" is no decade; "runs past Dec. 11" is a preposition, the day
  still to come; a figure "down from an average of 238,000 from November through February", "down
  from a June forecast", was measured before.
- "the week that ended June 10" is the week ended June 10; "the first week of the new year" is
  one date; "during the week" in a market's move is the report's week; "3.6 hours a week" and
  "seven or more portions a day" are rates; "in 2012, the latest year available" restates 2012;
  "Organisers said the 2014 race would start on July 5" is that race's July.
- "10:31 p.m. Atlantic time" keeps Canada's Atlantic offset, daylight time in summer; "3:45 p.m.
  Indian time" India's.
- "said overnight that" is the night before; "were killed on Wednesday, and hundreds of residents
  took refuge in the compound overnight" is the night after that Wednesday.
- "the quarter" of an earnings report is the quarter reported, though an earlier one it is compared
  with was named since ("prices had peaked in the second quarter", "The first quarter was hurt by
  a strike"); "in the two weeks before Christmas" is a length and the feast, no day two weeks
  before it.
- A second round: a month a figure is "unchanged from" is gone by; a release calendar's "follow on
  Wednesday", "will also say on Friday", a presidency a country "takes over ... on Tuesday" look
  ahead; "7 trillion yen of government bonds a month" is a rate; "the fall was slightly smaller
  than feared" is a decline, no autumn; "would keep its centers staffed from 6 p.m. Friday" keeps
  the centers staffed, no past; "the last two digits of the year" is no year; "the next two or
  three quarters" is two lengths; "agreed long ago" is the past; "between dusk on Tuesday and
  6:00 am on Wednesday" tags the dusk; a meeting "scheduled for 10:00 am (0700 GMT) on Sunday" is
  the coming Sunday's, at both hours; "a day of tears" is no length; "days after 13 Eritreans
  drowned" and "undo years of progress" are lengths; the day of a clause "since" opens ("since
  NATO launched airstrikes ... on March 24") is no day later clock times fall on; a warning
  "against travel ... during the first days of January" is of the January to come.
- A third round: "could last only weeks", "will not wait months" are lengths; "planned a news
  conference at 10 a.m. Tuesday" looks ahead past a past sentence; "the annual average ... over
  the previous decade" is ten years, a length; "the last fiscal year" keeps its article; "more
  than two days later" is a bounded length, as "two days later" is; "every fourteen seconds" is a
  set.
- A fourth round: "Revenue for the year" after a fiscal year compared with the one before is the
  year reported; "By evening there was still no sign" is the report's evening; "the three-quarter
  cent tax" is a fraction of a cent; "have been ordered to evacuate since Tuesday" began on the
  Tuesday gone by.
- A fifth round: a fixture at its hour ("plays Canada at 1 p.m. local time Thursday") and a
  meeting for a debate ("meet for their final debate Tuesday night") are to come; "just after
  midnight tonight" is the midnight that ends today; "since the first of the year" is January 1;
  "the week ended yesterday" is a week; "will close early on Friday" leaves "early" to the close,
  but "met for three hours early Monday" keeps it; "Next year's race is scheduled for April 21"
  is next year's April; "his last Sunday prayer" is no day.
- A sixth round: "who took over 15 months ago" leaves the verb's "over" out; "where it was late
  afternoon when the news broke" is that day's late afternoon.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "A hearing has been listed for June 30.",
        "2011-03-17",
        [("June 30", "DATE", "2011-06-30")],
    ),
    (
        "Rain washed out play, pushing the quarterfinals back to Wednesday.",
        "2011-09-06",
        [("Wednesday", "DATE", "2011-09-07")],
    ),
    (
        "A new poll finds his approval at 59 percent. Three years ago his numbers were in the mid-40s.",
        "1998-01-27",
        [("Three years ago", "DATE", "1995")],
    ),
    (
        "That's down from an average of 238,000 from November through February.",
        "2013-06-07",
        [("November", "DATE", "2012-11"), ("February", "DATE", "2013-02")],
    ),
    (
        "Officials expect growth of 1.7 percent, down from a June forecast of 1.9 percent.",
        "2012-09-13",
        [("June", "DATE", "2012-06")],
    ),
    (
        "Congress must keep the government funded past Dec. 11.",
        "2014-11-05",
        [("Dec. 11", "DATE", "2014-12-11")],
    ),
    (
        "New claims for unemployment benefits rose in the week that ended June 10.",
        "2000-06-18",
        [("the week", "DURATION", "P1W"), ("June 10", "DATE", "2000-06-10")],
    ),
    (
        "Merchants said sales in the first week of the new year were running about even with last year.",
        "1990-01-09",
        [("the first week of the new year", "DATE", "1990-W01"), ("last year", "DATE", "1989")],
    ),
    (
        "At 10:31 p.m. Atlantic time the jet disappeared from radar.",
        "1998-09-03",
        [("10:31 p.m. Atlantic time", "TIME", "1998-09-03T22:31-03:00")],
    ),
    (
        "The three blasts took place at 3:45 p.m. Indian time.",
        "1998-05-12",
        [("3:45 p.m. Indian time", "TIME", "1998-05-12T15:45+05:30")],
    ),
    (
        "EBay shares dropped 6 percent during the week.",
        "1999-05-08",
        [("the week", "DATE", "1999-W18")],
    ),
    (
        "The factory workweek was unchanged, and overtime held at 3.6 hours a week.",
        "1989-12-08",
        [("3.6 hours", "DURATION", "PT3H36M")],
    ),
    (
        "People who eat seven or more portions a day live longer.",
        "2014-04-03",
        [],
    ),
    (
        "Only a quarter of adults met the target in 2012, the latest year available.",
        "2014-04-03",
        [("2012", "DATE", "2012"), ("the latest year", "DATE", "2012")],
    ),
    (
        "A number of members said overnight that he should face a challenge.",
        "1998-11-04",
        [("overnight", "TIME", "1998-11-03TNI")],
    ),
    (
        "Five people were killed on Wednesday, and hundreds of residents took refuge in the compound "
        "overnight.",
        "1999-09-02",
        [("Wednesday", "DATE", "1999-09-01"), ("overnight", "TIME", "1999-09-01TNI")],
    ),
    (
        "Critics have called it a reward, but Glenn, who retires in January, has rejected that.",
        "1998-10-29",
        [("January", "DATE", "1999-01")],
    ),
    (
        "The United Nations will announce the result of East Timor's self-determination ballot on "
        "Saturday, earlier than planned, a spokesman said.",
        "1999-09-02",
        [("Saturday", "DATE", "1999-09-04")],
    ),
    (
        "It will release the report, originally due Oct. 4, on Tuesday.",
        "2013-10-17",
        [("Oct. 4", "DATE", "2013-10-04"), ("Tuesday", "DATE", "2013-10-22")],
    ),
    (
        "Organisers said the 2014 race would start on July 5.",
        "2013-07-29",
        [("2014", "DATE", "2014"), ("July 5", "DATE", "2014-07-05")],
    ),
    (
        "Harwell said third-quarter net income rose. It earned $84.2 million in the quarter ended Sept. "
        "30. For the nine months, net was $251.9 million. Mr. Ames said Wednesday that prices had peaked "
        "in the second quarter. Mr. Greer had been forecasting $1.42 a share for the quarter.",
        "1989-10-20",
        [
            ("third-quarter", "DATE", "1989-Q3"),
            ("the quarter", "DATE", "1989-Q3"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("the nine months", "DURATION", "P9M"),
            ("Wednesday", "DATE", "1989-10-18"),
            ("the second quarter", "DATE", "1989-Q2"),
            ("the quarter", "DATE", "1989-Q3"),
        ],
    ),
    (
        "The airline said second-quarter profit fell. For the first six months, it earned $8.6 million, "
        "down from $96.5 million in the first half of 1989. The first quarter was hurt by a strike. Fuel "
        "prices averaged 57 cents a gallon in the quarter.",
        "1990-07-19",
        [
            ("second-quarter", "DATE", "1990-Q2"),
            ("the first six months", "DURATION", "P6M"),
            ("the first half of 1989", "DATE", "1989-H1"),
            ("The first quarter", "DATE", "1990-Q1"),
            ("the quarter", "DATE", "1990-Q2"),
        ],
    ),
    (
        '"Traffic was fine in the two weeks before Christmas," the analyst said.',
        "1990-01-09",
        [("the two weeks", "DURATION", "P2W"), ("Christmas", "DATE", "1989-12-25")],
    ),
    (
        "Unemployment data due on Tuesday are forecast to show the jobless rate at 11.8 percent for "
        "November, unchanged from October.",
        "2013-01-07",
        [("Tuesday", "DATE", "2013-01-08"), ("November", "DATE", "2012-11"), ("October", "DATE", "2012-10")],
    ),
    (
        "Output figures follow on Wednesday. The bank will also say on Friday.",
        "2013-01-07",
        [("Wednesday", "DATE", "2013-01-09"), ("Friday", "DATE", "2013-01-11")],
    ),
    (
        "Italy takes over the EU presidency on Tuesday.",
        "2014-06-27",
        [("Tuesday", "DATE", "2014-07-01")],
    ),
    (
        "The board voted to buy about 7 trillion yen of government bonds a month.",
        "2013-04-04",
        [],
    ),
    (
        "Japan's economy shrank in the April-June quarter, though the fall was slightly smaller than feared.",
        "2014-08-13",
        [("the April-June quarter", "DATE", "2014-Q2")],
    ),
    (
        "The agency said Thursday that it would keep its centers staffed from 6 p.m. Friday until noon "
        "Saturday.",
        "1999-12-30",
        [
            ("Thursday", "DATE", "1999-12-30"),
            ("6 p.m. Friday", "TIME", "1999-12-31T18:00"),
            ("noon Saturday", "TIME", "2000-01-01T12:00"),
        ],
    ),
    (
        "Businesses have spent $100 billion since 1995 fixing computers that read only the last two "
        "digits of the year.",
        "1999-12-30",
        [("1995", "DATE", "1995")],
    ),
    (
        "The next two or three quarters will be difficult.",
        "1989-10-31",
        [("two", "DURATION", "P2Q"), ("three quarters", "DURATION", "P3Q")],
    ),
    (
        '"We are asking for what was agreed long ago," he said.',
        "2013-03-21",
        [("long ago", "DATE", "PAST_REF")],
    ),
    (
        "More than 1,300 Syrians arrived between dusk on Tuesday and 6:00 am on Wednesday.",
        "2013-02-27",
        [
            ("dusk", "TIME", "2013-02-26TEV"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("6:00 am on Wednesday", "TIME", "2013-02-27T06:00"),
        ],
    ),
    (
        "A meeting scheduled for 10:00 am (0700 GMT) on Sunday was postponed, diplomats said.",
        "2013-05-25",
        [
            ("10:00 am", "TIME", "2013-05-26T10:00"),
            ("0700 GMT", "TIME", "2013-05-26T07:00Z"),
            ("Sunday", "DATE", "2013-05-26"),
        ],
    ),
    (
        'Pope Francis called Thursday "a day of tears."',
        "2013-10-04",
        [("Thursday", "DATE", "2013-10-03")],
    ),
    (
        "The tragedy came days after 13 Eritreans drowned off Sicily.",
        "2013-10-04",
        [("days", "DURATION", "PXD")],
    ),
    (
        "The fighting could undo years of progress.",
        "2013-12-18",
        [("years", "DURATION", "PXY")],
    ),
    (
        "The exodus has swelled since NATO launched airstrikes against Yugoslavia on March 24. NATO "
        "planes struck Belgrade for the fourth time overnight, hitting an army barracks shortly after "
        "midnight, Serb television reported.",
        "1999-04-06",
        [
            ("March 24", "DATE", "1999-03-24"),
            ("overnight", "TIME", "1999-04-05TNI"),
            ("midnight", "TIME", "1999-04-06T00:00"),
        ],
    ),
    (
        "The State Department last week warned Americans against travel to Russia during the first days "
        "of January.",
        "1999-12-30",
        [("last week", "DATE", "1999-W51"), ("the first days of January", "DATE", "2000-01", "START")],
    ),
    (
        "The reprieve could last only weeks. Washington will not wait months for an answer.",
        "2013-01-15",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        "A tornado struck on Sunday. Officials planned a news conference at 10 a.m. Tuesday to update "
        "the death toll.",
        "2013-03-04",
        [("Sunday", "DATE", "2013-03-03"), ("10 a.m. Tuesday", "TIME", "2013-03-05T10:00")],
    ),
    (
        "The state recorded 68 tornadoes last year, more than the annual average of 57 over the previous "
        "decade.",
        "2013-03-04",
        [("last year", "DATE", "2012"), ("the previous decade", "DURATION", "P10Y")],
    ),
    (
        "Tokai paid a dividend of 15 yen per share for the last fiscal year.",
        "2013-07-30",
        [("the last fiscal year", "DATE", "2012")],
    ),
    (
        "The navy announced the accident more than two days later.",
        "2000-08-14",
        [("more than two days", "DURATION", "P2D", "MORE_THAN")],
    ),
    (
        "A lorry passed every fourteen seconds.",
        "2013-03-04",
        [("every fourteen seconds", "SET", "PT14S", None, {"quant": "EVERY"})],
    ),
    (
        "For the fiscal year, Midland earned $221.8 million, compared with $197.3 million in fiscal "
        "1990. Revenue for the year was $4.66 billion, up 5%.",
        "1991-10-16",
        [("the fiscal year", "DATE", "1991"), ("fiscal 1990", "DATE", "1990"), ("the year", "DATE", "1991")],
    ),
    (
        "For fiscal 1989, the company earned $51.2 million, compared with $60.8 million in fiscal 1988. "
        "Revenue for the year was $2.04 billion, up 6%.",
        "1990-03-27",
        [("fiscal 1989", "DATE", "1989"), ("fiscal 1988", "DATE", "1988"), ("the year", "DATE", "1989")],
    ),
    (
        "By evening there was still no sign of a surrender.",
        "1993-03-01",
        [("evening", "TIME", "1993-03-01TEV")],
    ),
    (
        "If approved, the three-quarter cent tax would take effect on April 1.",
        "2013-01-09",
        [("April 1", "DATE", "2013-04-01")],
    ),
    (
        "About 38,000 people have been ordered to evacuate since Tuesday.",
        "2013-06-19",
        [("Tuesday", "DATE", "2013-06-18")],
    ),
    (
        "The team plays Canada at 1 p.m. local time Thursday.",
        "1998-02-13",
        [("1 p.m.", "TIME", "1998-02-19T13:00"), ("Thursday", "DATE", "1998-02-19")],
    ),
    (
        "The candidates meet for their final debate Tuesday night.",
        "2000-10-13",
        [("Tuesday night", "TIME", "2000-10-17TNI")],
    ),
    (
        "A few small towns will vote just after midnight tonight.",
        "2000-01-31",
        [("midnight tonight", "TIME", "2000-01-31T24:00")],
    ),
    (
        "City crews have spent more than $20 million on snow removal since the first of the year.",
        "1999-02-13",
        [("the first of the year", "DATE", "1999-01-01")],
    ),
    (
        "In the week ended yesterday, money-market fund assets rose $1.8 billion.",
        "1989-11-02",
        [("the week", "DURATION", "P1W"), ("yesterday", "DATE", "1989-11-01")],
    ),
    (
        "Markets will be closed Thursday and will close early on Friday.",
        "2012-11-20",
        [("Thursday", "DATE", "2012-11-22"), ("Friday", "DATE", "2012-11-23")],
    ),
    (
        "The officials met for three hours early Monday.",
        "2000-10-31",
        [("three hours", "DURATION", "PT3H"), ("early Monday", "DATE", "2000-10-30", "START")],
    ),
    (
        "Next year's race is scheduled for April 21.",
        "2013-04-24",
        [("Next year", "DATE", "2014"), ("April 21", "DATE", "2014-04-21")],
    ),
    (
        "He will lead his last Sunday prayer on Feb. 24.",
        "2013-02-13",
        [("Feb. 24", "DATE", "2013-02-24")],
    ),
    (
        "Monti, who took over 15 months ago, finished fourth.",
        "2013-02-26",
        [("15 months ago", "DATE", "2011-11")],
    ),
    (
        "White smoke rose at 7:06 p.m. Wednesday. In Buenos Aires, where it was late afternoon when the "
        "news broke, thousands gathered.",
        "2013-03-14",
        [
            ("7:06 p.m. Wednesday", "TIME", "2013-03-13T19:06"),
            ("late afternoon", "TIME", "2013-03-13TAF", "END"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_25(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
