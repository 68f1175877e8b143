"""A twentieth probe of news: agency wires of 2005-2016, business copy of 1989-1999,
AQUAINT-like news of 1998-2000 and broadcast transcripts (documents written for the probe), and
the forms the earlier probes left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A capital's clock as wires name it ("8:15 p.m. Beijing time") keeps its zone's offset, where the
  offset has stayed put for decades.
- A local clock without a day, restated in brackets in universal time with a day ("4:12 a.m. Tokyo
  time (1912 GMT Saturday)"), is on the day the two clocks put it on.
- "at 7 or 8 p.m." is two times, each with "p.m."; "between 0600 and 0800 GMT" starts at 0600.
- "a once-in-a-decade flood" says how rare it is: no length.
- "Clinton, speaking on Tuesday, said Iraq must comply": a day in an aside between a subject and
  its verb takes that verb's tense (the verb after the comma is the main one, no attribution).
- "Stocks fell on Thursday after the Fed on Wednesday signaled ...": the day of the event the
  report's day came after is no time the report moves to (a clock after it is Thursday's).
- A first round: what a step sets up is ahead ("nominated him on Tuesday, setting up a vote on
  Wednesday"); "was also to meet"; "The men's final is played on Sunday afternoon"; "the same day
  last year"; a participle's clause after a day tells its own time ("ended a two-day visit on
  Wednesday, saying Russia must reform"); "before dawn Saturday" is dawn of that Saturday; "in its
  fiscal year ended Sept. 30"; "the year" after a compared year is the reported one; "the previous
  auction, on Oct. 24"; "a premium over Cortland's closing price Friday"; "for the week" after
  "closed Friday at 4341.05" (a figure's point ends no sentence); an object's "due Wednesday"
  under "will watch"; "the month of August"; "for months to get helicopters"; "those ten days";
  "were supposed to open at 6 a.m. Monday"; "has closed its missions through the weekend"; "have
  been told to stay home on Saturday".
- A second round: a "when" clause's season after "since 1986"; a clause past a semicolon tells its
  own time; what a budget "allows ... through Dec. 31"; "is running for a third term in November";
  "hoped for a decision in September"; "months, sometimes years"; the day filings were "made
  public" or a statement given is counted from the DCT, whatever day was told before; a
  backshifted condition ("would cancel games if no agreement was reached by Monday") is ahead, and
  not of the week named before it; a participle's clause after a day ("in Thursday's election,
  clearing the way for") tells its own time; "forecast fourth-quarter revenue"; "the year" after a
  record's "since 2007" is the one reported on; the end of a clock range earlier than its start is
  the next day's; "8 p.m. local time Sunday" is on that Sunday; "early Friday morning, July 22" is
  on July 22; a sum's or a share's rate ("rise 20% annually", "10,000 units annually") is not
  tagged; "each year" is quant EACH.

- A third round: a relative clause's day across a place's region ("who flew back from Gleneagles,
  Scotland, on Thursday afternoon, said"); "the coming winter";
  "a matter of days or weeks"; a bare hour after "4 a.m." in the sentence before is the morning's;
  a weekday joined to "tomorrow" is the next one from it; "is due to" after "last week"; "there is
  a chance of storms over the weekend"; "spent the morning"; "p.m. This morning" is two; "On the
  second," after "the first article" is no day; a month in a sentence that names its year before
  it; an aside's earlier day is no story time; "were unlikely to return before the autumn"; "two
  tough quarters", "the next three fiscal years"; "lapse Dec. 31"; "weeks or months or if ..."; "a
  surge in January and February"; "its high of 7% reached in June".

- A fourth round: ", and on Monday the secretary said" after "last week" is a clause of its own;
  "a dollar a day" is a rate; "predicted relief by the weekend"; "the 70s" after "highs in the
  60s" is a temperature; the months of a season the sentence names ("Last winter ..., most of them
  in late December and early January").

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The satellite was launched at 8:15 p.m. Beijing time Tuesday from the Xichang center.",
        "2010-06-10",
        [("8:15 p.m. Beijing time Tuesday", "TIME", "2010-06-08T20:15+08:00")],
    ),
    (
        "The quake struck at 4:12 a.m. Tokyo time (1912 GMT Saturday).",
        "2010-06-07",
        [
            ("4:12 a.m. Tokyo time", "TIME", "2010-06-06T04:12+09:00"),
            ("1912 GMT Saturday", "TIME", "2010-06-05T19:12Z"),
        ],
    ),
    (
        "The ferry sank at 11 p.m. (0300 GMT Tuesday) off the coast.",
        "2010-06-10",
        [("11 p.m.", "TIME", "2010-06-07T23:00"), ("0300 GMT Tuesday", "TIME", "2010-06-08T03:00Z")],
    ),
    (
        "The results will be announced at 7 or 8 p.m. tonight.",
        "2010-06-10",
        [("7", "TIME", "2010-06-10T19:00"), ("8 p.m. tonight", "TIME", "2010-06-10T20:00")],
    ),
    (
        "Flights resume between 0600 and 0800 GMT on Friday.",
        "2010-06-10",
        [("0600", "TIME", "2010-06-11T06:00Z"), ("0800 GMT on Friday", "TIME", "2010-06-11T08:00Z")],
    ),
    ("It was a once-in-a-decade flood.", "2010-06-10", []),
    # A first round (wires of 2005-2016, business copy, AQUAINT-like news, broadcasts).
    (
        "The party nominated Somchai on Tuesday, setting up a parliamentary vote on Wednesday.",
        "2008-09-16",
        [("Tuesday", "DATE", "2008-09-16"), ("Wednesday", "DATE", "2008-09-17")],
    ),
    (
        "Obama was also to meet his generals on Thursday.",
        "2009-01-21",
        [("Thursday", "DATE", "2009-01-22")],
    ),
    (
        "The men's final is played on Sunday afternoon.",
        "2009-07-04",
        [("Sunday afternoon", "TIME", "2009-07-05TAF")],
    ),
    (
        "Ambulance calls in London rose by 15 percent on Friday compared with the same day last year.",
        "2009-07-04",
        [("Friday", "DATE", "2009-07-03"), ("the same day last year", "DATE", "2008-07-03")],
    ),
    (
        "Clinton ended a two-day visit on Wednesday, saying Russia must reform.",
        "1998-09-03",
        [("two-day", "DURATION", "P2D"), ("Wednesday", "DATE", "1998-09-02")],
    ),
    (
        "Federal agents seized him in a raid before dawn Saturday.",
        "2000-04-23",
        [("dawn", "TIME", "2000-04-22TMO"), ("Saturday", "DATE", "2000-04-22")],
    ),
    (
        "It earned $96 million on sales of $1.4 billion in its fiscal year ended Sept. 30.",
        "1990-02-14",
        [("fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")],
    ),
    (
        (
            "For the fiscal year, the company earned $171 million, up 9% from $157 million in "
            "fiscal 1995. Revenue for the year rose 14%."
        ),
        "1996-08-16",
        [("the fiscal year", "DATE", "1996"), ("fiscal 1995", "DATE", "1995"), ("the year", "DATE", "1996")],
    ),
    (
        "Dealers expect the notes to yield 7.45%, down from 7.73% at the previous auction, on Oct. 24.",
        "1990-11-20",
        [("Oct. 24", "DATE", "1990-10-24")],
    ),
    (
        "Lakeland will pay $52 a share, a 34% premium over Cortland's closing price Friday.",
        "1994-01-25",
        [("Friday", "DATE", "1994-01-21")],
    ),
    (
        "The Dow closed Friday at 4341.05, up 71.95 points for the week.",
        "1995-05-22",
        [("Friday", "DATE", "1995-05-19"), ("the week", "DATE", "1995-W20")],
    ),
    (
        (
            "Investors will watch for the Commerce Department's revised estimate of gross "
            "domestic product, due Wednesday, and a report on personal income, due Friday."
        ),
        "1995-05-22",
        [("Wednesday", "DATE", "1995-05-24"), ("Friday", "DATE", "1995-05-26")],
    ),
    (
        "The President is spending the month of August at his ranch in Crawford, Texas.",
        "2001-08-15",
        [("the month of August", "DATE", "2001-08")],
    ),
    (
        "The mission has struggled for months to get helicopters.",
        "2000-05-15",
        [("months", "DURATION", "PXM")],
    ),
    (
        "In 1996, about 2,300 such ballots came in during those ten days.",
        "2000-11-09",
        [("1996", "DATE", "1996"), ("those ten days", "DURATION", "P10D")],
    ),
    (
        "Polling stations were supposed to open at 6 a.m. Monday.",
        "1997-12-30",
        [("6 a.m. Monday", "TIME", "1997-12-29T06:00")],
    ),
    (
        "The State Department has closed its missions through the weekend.",
        "1998-08-07",
        [("the weekend", "DATE", "1998-W32-WE")],
    ),
    (
        "U.S. citizens have been told to stay home on Saturday and Sunday.",
        "1998-08-07",
        [("Saturday", "DATE", "1998-08-08"), ("Sunday", "DATE", "1998-08-09")],
    ),
    # A day in an aside between the subject and its verb takes the tense of that verb.
    (
        "Clinton, speaking on Tuesday, said Iraq must comply.",
        "1998-02-12",
        [("Tuesday", "DATE", "1998-02-10")],
    ),
    (
        "Stocks fell on Thursday after the Federal Reserve on Wednesday signaled it would raise"
        " rates. The Dow was down 120 points at 11:45 a.m.",
        "2010-06-10",
        [
            ("Thursday", "DATE", "2010-06-10"),
            ("Wednesday", "DATE", "2010-06-09"),
            ("11:45 a.m.", "TIME", "2010-06-10T11:45"),
        ],
    ),
    (
        "The storm will hit on Tuesday, said forecasters at the center.",
        "1998-02-12",
        [("Tuesday", "DATE", "1998-02-17")],
    ),
    # A second round (2010s wires, a TimeBank-like mix, AQUAINT-like news).
    (
        "It was the first strike since 1986, when a walkout crippled the region for much of the spring.",
        "1996-03-14",
        [("1986", "DATE", "1986"), ("the spring", "DATE", "1986-SP")],
    ),
    (
        "Republicans want to question witnesses before the August recess; Democrats have demanded more.",
        "1997-04-29",
        [("August", "DATE", "1997-08")],
    ),
    (
        "The budget allows it to spend $4.35 million through Dec. 31.",
        "1997-04-29",
        [("Dec. 31", "DATE", "1997-12-31")],
    ),
    (
        "The Governor is running for a third term in November.",
        "1998-02-05",
        [("November", "DATE", "1998-11")],
    ),
    (
        "His lawyer said that he hoped for a decision before the start of the school year in September.",
        "1999-06-15",
        [("September", "DATE", "1999-09")],
    ),
    (
        "These things take months, sometimes years.",
        "1998-02-05",
        [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")],
    ),
    (
        "He spent $1.8 million on advertising last week alone, according to filings made public Monday.",
        "1998-05-19",
        [("last week", "DATE", "1998-W20"), ("Monday", "DATE", "1998-05-18")],
    ),
    (
        (
            "The home was cited on Sept. 14. The owner said in a statement Sunday that "
            "repairs had been scheduled."
        ),
        "2000-01-10",
        [("Sept. 14", "DATE", "1999-09-14"), ("Sunday", "DATE", "2000-01-09")],
    ),
    (
        "League officials said today that they would cancel games if no agreement was reached by Monday.",
        "1998-12-02",
        [("today", "DATE", "1998-12-02"), ("Monday", "DATE", "1998-12-07")],
    ),
    (
        (
            "The mayor said he would ask the legislature next week for emergency funds if no "
            "deal was reached by Friday."
        ),
        "1996-03-14",
        [("next week", "DATE", "1996-W12"), ("Friday", "DATE", "1996-03-15")],
    ),
    (
        (
            "Boris Johnson won a commanding majority in Thursday's election, clearing the way "
            "for Britain to leave the European Union."
        ),
        "2019-12-13",
        [("Thursday", "DATE", "2019-12-12")],
    ),
    (
        "Cascade forecast fourth-quarter revenue of $7.0 billion to $7.2 billion.",
        "2014-04-24",
        [("fourth-quarter", "DATE", "2014-Q4")],
    ),
    (
        (
            "Shanghai's main index tumbled 8.5 percent, its steepest fall since 2007, wiping "
            "out all of its gains for the year."
        ),
        "2015-08-24",
        [("2007", "DATE", "2007"), ("the year", "DATE", "2015")],
    ),
    (
        "The curfew runs between 10 p.m. and 6 a.m.",
        "2017-09-20",
        [("10 p.m.", "TIME", "2017-09-20T22:00"), ("6 a.m.", "TIME", "2017-09-21T06:00")],
    ),
    (
        "Governor Ricardo Rossello imposed a curfew from 6 p.m. to 6 a.m.",
        "2017-09-20",
        [("6 p.m.", "TIME", "2017-09-20T18:00"), ("6 a.m.", "TIME", "2017-09-21T06:00")],
    ),
    (
        "The closing ceremony begins at 8 p.m. local time Sunday.",
        "2016-08-21",
        [("8 p.m.", "TIME", "2016-08-21T20:00"), ("Sunday", "DATE", "2016-08-21")],
    ),
    (
        "The last impact is predicted for early Friday morning, July 22.",
        "1994-07-15",
        [("Friday morning", "TIME", "1994-07-22TMO"), ("July 22", "DATE", "1994-07-22")],
    ),
    (
        "Analysts expect revenue to rise 20% annually.",
        "1990-10-26",
        [],
    ),
    (
        "The plant would produce about 10,000 units annually.",
        "1990-10-26",
        [],
    ),
    (
        "Caterpillar said it had offered payments of as much as $2,000 in each year of the new contract.",
        "1991-09-25",
        [("each year", "SET", "P1Y", None, {"quant": "EACH"})],
    ),
    # A third round (2000s wires, WSJ copy of 1989-1991, AQUAINT-like news, broadcasts).
    (
        (
            "Tony Blair, who flew back from Gleneagles, Scotland, on Thursday afternoon, said "
            "the attackers would be hunted down."
        ),
        "2005-07-08",
        [("Thursday afternoon", "TIME", "2005-07-07TAF")],
    ),
    (
        "Aid agencies warned that millions of Afghans could face starvation during the coming winter.",
        "2001-10-08",
        [("the coming winter", "DATE", "2001-WI")],
    ),
    (
        "The campaign will not be a matter of days or weeks.",
        "2001-10-08",
        [("a matter of days or weeks", "DURATION", "PXD", "APPROX")],
    ),
    (
        (
            "A tornado touched down shortly after 4 a.m. The sirens went off at 4:10, and by "
            "4:15 the storm had torn through three blocks of homes."
        ),
        "1998-03-12",
        [
            ("4 a.m.", "TIME", "1998-03-12T04:00"),
            ("4:10", "TIME", "1998-03-12T04:10"),
            ("4:15", "TIME", "1998-03-12T04:15"),
        ],
    ),
    (
        "The association is going ahead with its convention in Denver tomorrow and Sunday.",
        "1999-04-30",
        [("tomorrow", "DATE", "1999-05-01"), ("Sunday", "DATE", "1999-05-02")],
    ),
    (
        "Government offices reopen tomorrow, and schools on Sunday.",
        "1999-02-09",
        [("tomorrow", "DATE", "1999-02-10"), ("Sunday", "DATE", "1999-02-14")],
    ),
    (
        (
            "The department declared disaster areas last week, and the secretary is due to "
            "tour farms on Thursday."
        ),
        "1999-08-03",
        [("last week", "DATE", "1999-W30"), ("Thursday", "DATE", "1999-08-05")],
    ),
    (
        "Forecasters say there is a chance of scattered storms over the weekend.",
        "1999-08-03",
        [("the weekend", "DATE", "1999-W31-WE")],
    ),
    (
        "Republicans spent the morning explaining what went wrong.",
        "1998-11-04",
        [("the morning", "TIME", "1998-11-04TMO")],
    ),
    (
        "The vote came at 1:25 p.m. This morning, he resigned.",
        "1998-12-19",
        [("1:25 p.m.", "TIME", "1998-12-19T13:25"), ("This morning", "TIME", "1998-12-19TMO")],
    ),
    (
        "On the first article, the vote was 45 to 55. On the second, the vote was 50 to 50.",
        "1999-02-12",
        [],
    ),
    (
        (
            "The last Summer Olympics held in the Southern Hemisphere, in Melbourne in 1956, "
            "also took place in late November and early December."
        ),
        "2000-09-15",
        [
            ("1956", "DATE", "1956"),
            ("late November", "DATE", "1956-11", "END"),
            ("early December", "DATE", "1956-12", "START"),
        ],
    ),
    (
        "The summit ended on Tuesday. Clinton, who returned on Sunday, announced the breakdown at 1 p.m.",
        "2000-07-26",
        [
            ("Tuesday", "DATE", "2000-07-25"),
            ("Sunday", "DATE", "2000-07-23"),
            ("1 p.m.", "TIME", "2000-07-25T13:00"),
        ],
    ),
    (
        "Relief officials said on Thursday that most refugees were unlikely to return before the autumn.",
        "1999-06-10",
        [("Thursday", "DATE", "1999-06-10"), ("the autumn", "DATE", "1999-FA")],
    ),
    (
        "We have been through two tough quarters.",
        "1989-10-24",
        [("two tough quarters", "DURATION", "P2Q")],
    ),
    (
        "The company will spend $400 million over the next three fiscal years.",
        "1991-06-12",
        [("the next three fiscal years", "DURATION", "P3Y")],
    ),
    (
        "It said last week that the commitments lapse Dec. 31.",
        "1990-09-20",
        [("last week", "DATE", "1990-W37"), ("Dec. 31", "DATE", "1990-12-31")],
    ),
    (
        (
            "The market remains vulnerable if the war drags on for weeks or months or if "
            "ground fighting begins."
        ),
        "1991-01-18",
        [("weeks or months", "DURATION", "PXW", "APPROX")],
    ),
    (
        "The report will show a gain after a surge in January and February.",
        "1990-03-30",
        [("January", "DATE", "1990-01"), ("February", "DATE", "1990-02")],
    ),
    (
        "Economists expect the rate to hold near its high of 7% reached in June.",
        "1991-10-31",
        [("June", "DATE", "1991-06")],
    ),
    # A fourth round (wires of 1995-2015, AQUAINT-like news).
    (
        (
            "The United States last week ordered a carrier to the area, and on Monday the "
            "defense secretary said a second carrier would follow."
        ),
        "1996-03-14",
        [("last week", "DATE", "1996-W10"), ("Monday", "DATE", "1996-03-11")],
    ),
    (
        "Millions live on less than a dollar a day.",
        "2004-12-28",
        [],
    ),
    (
        "Forecasters predicted relief by the weekend.",
        "2010-01-13",
        [("the weekend", "DATE", "2010-W02-WE")],
    ),
    (
        "Highs will be in the 60s by Saturday and the 70s early next week.",
        "2010-01-13",
        [("Saturday", "DATE", "2010-01-16"), ("early next week", "DATE", "2010-W03", "START")],
    ),
    (
        (
            "Last winter, a cold snap killed more than 400 people, most of them in late "
            "December and early January."
        ),
        "2004-12-28",
        [
            ("Last winter", "DATE", "2003-WI"),
            ("late December", "DATE", "2003-12", "END"),
            ("early January", "DATE", "2004-01", "START"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_20(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
