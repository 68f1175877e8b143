"""A thirty-first probe of news: agency wires of 1996-2001 and 2010-2015, Xinhua and VOA reports, Wall
Street Journal and business copy of 1989-2016, New York Times and Washington Post political news,
broadcast transcripts, local news, sport, obituaries and features that retell an old story beside
the week's news (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A feature's old story: a weekday, a clock, a weekend, a feast or a day of the month told in the
  past after an old day stated in full goes on from that day ("At 9:52 a.m. on Thursday, Dec. 8,
  1983, two men walked into the bank. Shortly before 5 p.m. Friday ..."; "It was a cold, gray
  Saturday"; "Crews fought the blaze through the night"), across a paragraph, unless a sentence of
  the present comes between; "that summer", "that fall" and a remembered "that evening" of the old
  story; "Monday the 15th" in its month; "that Friday afternoon"; "The next afternoon" after the
  small hours; "Forty years ago, ... in late March"; a year an aside dates a state from is no time
  the story moves to; "Port Alder today looks little like".
- Schedules in the present: "This Thursday" still ahead on a Sunday; "is driving up from Hartford
  on Tuesday"; "Kick-off on Saturday is at 4pm"; "moves to the round of 16 on Thursday"; "Then on
  Monday a stronger storm heads our way"; "the vote on Thursday"; "If the bill fails on Thursday";
  "steps off at 2 p.m. Sunday"; "The long weekend also kicks off"; "will be watching Friday's
  report"; "opens at the town library on Saturday"; a weekday "including" a week just named; a list
  item ends its sentence; a quotation's own tense.
- What a deed, a plan or a demand dates: "its August 5 decision"; "expects to report a loss for
  the fourth quarter"; "U.S. crude for January"; "five months away"; "have demanded that he give up
  the chairmanship by Memorial Day"; a quoted noun before "until Jan. 7".
- Clocks: a wire's market clock and a statement's release are the report's day; "lasted until 3
  a.m." after Sunday; New Year's Eve's midnight; "lifted the statewide travel ban at midnight
  Tuesday"; "before noon Friday or after 9 p.m."; "At 4:30 the next morning"; a bare clock said
  before with its "a.m."; "On the morning of Dec. 16, 1944, ... began at 5:30"; "Sunday hours are 11
  a.m. to 5 p.m.".
- Feasts, seasons and sets: Labor Day after a day, the Presidents' Day storm of February 2003,
  Thanksgiving of the year stated, "Last Memorial Day weekend", "the weekend after Thanksgiving",
  "Spring break is scheduled for March 29", "carry it into spring", "the spring and summer";
  "the second and fourth Monday of each month", "Sundays" after "a.m.,", "most nights", "weekly news
  conferences"; no time in "not a day", "an Easter dress", "the 31st technology company", "from dawn
  until dusk", "700 million cubic feet of gas a day from Canada", a basketball margin.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "For 50 years, the first pot of coffee at the Blue Plate Diner has been poured at 5:30 "
            "a.m., six days a week. On May 29, it will be poured for the last time.\n\nGus and Helen "
            "Pappas opened the diner on Route 9 in June 1961 with a $3,000 loan from Helen's "
            "brother, 14 stools and a menu that fit on an index card. Coffee was a dime. A hamburger "
            "platter cost 45 cents.\n\nTheir son Nick, 62, has run the place since his father died in "
            "1994. He announced the closing last Saturday on a handwritten sign taped to the "
            "register.\n\n\"I'm tired, the lease is up at the end of the month, and my knees are 62 "
            "years old even if the rest of me isn't,\" he said Wednesday between the breakfast and "
            "lunch rushes.\n\nRegulars have been coming in this week to say goodbye. Harold Beemer, "
            "88, has eaten the same breakfast - two eggs over easy, rye toast - every day since "
            "1967, when he started at the paper mill across the road. The mill closed in 2003; "
            'Beemer kept coming.\n\n"Nick\'s father used to say the second cup was on the house," '
            "Beemer said. \"Then in the '80s inflation got him and it wasn't anymore.\"\n\nThe diner "
            "survived a kitchen fire in the winter of 1978, a highway bypass that cut its traffic in "
            "half in the early 1990s, and two recessions. What it could not survive, Pappas said, "
            "was a rent increase of $1,100 a month that the landlord proposed in March.\n\nThe "
            "building's owner, Corvale Properties, said Thursday it had not decided what would "
            "replace the diner.\n\nOn May 29, Pappas says, he will open at 5:30 as always and close "
            "when the coffee runs out. Helen Pappas, now 86 and living with her daughter in Albany, "
            'plans to be there for the first cup.\n\n"She hasn\'t missed an opening in half a century," '
            'he said. "She\'s not going to miss the closing."'
        ),
        "2011-05-14",
        [
            ("50 years", "DURATION", "P50Y"),
            ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
            ("six days a week", "SET", "P1W"),
            ("May 29", "DATE", "2011-05-29"),
            ("June 1961", "DATE", "1961-06"),
            ("1994", "DATE", "1994"),
            ("last Saturday", "DATE", "2011-05-07"),
            ("the end of the month", "DATE", "2011-05", "END"),
            ("Wednesday", "DATE", "2011-05-11"),
            ("this week", "DATE", "2011-W19"),
            ("every day", "SET", "P1D"),
            ("1967", "DATE", "1967"),
            ("2003", "DATE", "2003"),
            ("the '80s", "DATE", "198"),
            ("the winter of 1978", "DATE", "1978-WI"),
            ("the early 1990s", "DATE", "199", "START"),
            ("March", "DATE", "2011-03"),
            ("Thursday", "DATE", "2011-05-12"),
            ("May 29", "DATE", "2011-05-29"),
            ("5:30", "TIME", "2011-05-29T05:30"),
            ("now", "DATE", "PRESENT_REF"),
            ("half a century", "DURATION", "P50Y"),
        ],
    ),
    (
        (
            "A quarter-century ago, Hurricane Corinne came ashore at Port Alder at 11:52 p.m. EDT on "
            "Sept. 21, 1989, with winds of 135 mph and a storm surge later measured at 16 feet. By "
            "the next morning the town's only bridge was gone and 2,300 people were homeless. "
            "Fourteen died.\n\nOn Sunday, Sept. 21, the town will mark the anniversary with a service "
            "at First Baptist, a ringing of the fire station bell at 11:52 p.m. and the reopening of "
            "the rebuilt Harbor Street pier, closed since a second storm damaged it in 2004. The "
            'county commission voted Tuesday to name the pier for the 14 victims.\n\n"I was 9 and I '
            'thought the world was ending," said Fire Chief Darnell Whitaker, 34, who spent that '
            "night in a bathtub with his mother and two sisters while the roof peeled off above them."
        ),
        "2014-09-13",
        [
            ("A quarter-century ago", "DATE", "1989"),
            ("11:52 p.m. EDT on Sept. 21, 1989", "TIME", "1989-09-21T23:52-04:00"),
            ("the next morning", "TIME", "1989-09-22TMO"),
            ("Sunday, Sept. 21", "DATE", "2014-09-21"),
            ("11:52 p.m.", "TIME", "2014-09-21T23:52"),
            ("2004", "DATE", "2004"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("that night", "TIME", "1989-09-21TNI"),
        ],
    ),
    (
        (
            "Port Alder today looks little like the fishing town Corinne flattened. Its population "
            "has nearly doubled since 1990, to about 11,000, and condominiums now line the beach "
            "where shrimp boats once tied up."
        ),
        "2014-09-13",
        [("today", "DATE", "PRESENT_REF"), ("1990", "DATE", "1990"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "The council meets the second and fourth Monday of each month at City Hall.",
        "2011-03-15",
        [("the second and fourth Monday of each month", "SET", "XXXX-WXX-1")],
    ),
    (
        "Spring break is scheduled for March 29 through April 2.",
        "2009-05-20",
        [
            ("Spring", "DATE", "2010-SP"),
            ("March 29", "DATE", "2010-03-29"),
            ("April 2", "DATE", "2010-04-02"),
        ],
    ),
    (
        (
            "Schools closed early Friday, and all activities this weekend, including Saturday's "
            "basketball tournament at Westminster High, were canceled."
        ),
        "2010-02-05",
        [
            ("Friday", "DATE", "2010-02-05"),
            ("this weekend", "DATE", "2010-W05-WE"),
            ("Saturday", "DATE", "2010-02-06"),
        ],
    ),
    (
        (
            "Before this winter, the last time the area saw more than 20 inches from a single storm "
            "was February 2003, when the Presidents' Day storm shut down much of the region for "
            "nearly a week."
        ),
        "2010-02-05",
        [
            ("this winter", "DATE", "2009-WI"),
            ("February 2003", "DATE", "2003-02"),
            ("Presidents' Day", "DATE", "2003-02-17"),
            ("nearly a week", "DURATION", "P1W", "APPROX"),
        ],
    ),
    (
        (
            "Parade: The Oakdale Holiday Parade steps off at 2 p.m. Sunday from the high school. The "
            "marching band, Scout troops and about 30 floats will march down Main Street to the Town "
            "Green. Main Street will be closed from 1 to 4 p.m.\n\nCoat drive: The Rotary is "
            "collecting new and gently used winter coats through Dec. 15. Last year the drive "
            "collected more than 600 coats. The Thanksgiving food drive last week brought in 2.3 "
            "tons of food, organizers said, the most since it began in 2005."
        ),
        "2012-11-28",
        [
            ("2 p.m. Sunday", "TIME", "2012-12-02T14:00"),
            ("1", "TIME", "2012-12-02T13:00"),
            ("4 p.m.", "TIME", "2012-12-02T16:00"),
            ("Dec. 15", "DATE", "2012-12-15"),
            ("Last year", "DATE", "2011"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("last week", "DATE", "2012-W47"),
            ("2005", "DATE", "2005"),
        ],
    ),
    (
        (
            "Tariq Aziz told a news conference at 11 a.m. (0800 GMT) that Iraq may reconsider its "
            "August 5 decision to halt cooperation with the inspectors only if the Security Council "
            "agreed to lift sanctions imposed after the 1990 invasion of Kuwait."
        ),
        "1998-11-13",
        [
            ("11 a.m.", "TIME", "1998-11-13T11:00"),
            ("0800 GMT", "TIME", "1998-11-13T08:00Z"),
            ("August 5", "DATE", "1998-08-05"),
            ("1990", "DATE", "1990"),
        ],
    ),
    (
        (
            "Hartwell also said it expects to report a loss for the fourth quarter of its fiscal "
            "year, which ended Feb. 3, because of a $45 million charge for closing 14 stores. It "
            "will release results April 19. For fiscal 1988, Hartwell earned $212 million, or $2.87 "
            "a share."
        ),
        "1990-04-05",
        [
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("Feb. 3", "DATE", "1990-02-03"),
            ("April 19", "DATE", "1990-04-19"),
            ("fiscal 1988", "DATE", "1988"),
        ],
    ),
    (
        (
            "Governor Mervyn King wrote to finance minister Alistair Darling on Wednesday night "
            'seeking approval for the plan.\n\n"The world economy appears to be undergoing a sharp and '
            "synchronised downturn,\" the MPC said in a statement. Britain's economy shrank 1.5 "
            "percent in the fourth quarter, its steepest decline since 1980, and data due on Friday "
            "is expected to show industrial output fell again in January.\n\nSterling fell more than a "
            "cent against the dollar to $1.4055 by 1215 GMT, while 10-year gilt yields dropped 20 "
            "basis points."
        ),
        "2009-03-05",
        [
            ("Wednesday night", "TIME", "2009-03-04TNI"),
            ("the fourth quarter", "DATE", "2008-Q4"),
            ("1980", "DATE", "1980"),
            ("Friday", "DATE", "2009-03-06"),
            ("January", "DATE", "2009-01"),
            ("1215 GMT", "TIME", "2009-03-05T12:15Z"),
            ("10-year", "DURATION", "P10Y"),
        ],
    ),
    (
        (
            "The figure matched the consensus forecast in a Reuters poll of economists published "
            "last Friday. Sterling rose to a one-week high of $1.5450 shortly after the 9:30 a.m. "
            "release before giving back its gains."
        ),
        "2013-07-25",
        [
            ("last Friday", "DATE", "2013-07-19"),
            ("one-week", "DURATION", "P1W"),
            ("9:30 a.m.", "TIME", "2013-07-25T09:30"),
        ],
    ),
    (
        (
            "Veldhoven will pay $86 a share, a premium of 31 percent to Ashcombe's closing price on "
            "Friday and 38 percent to its average over the past 30 trading days. The boards of both "
            "companies approved the deal at meetings over the weekend, the companies said in a joint "
            "statement released at 7 a.m. EST."
        ),
        "2015-11-23",
        [
            ("Friday", "DATE", "2015-11-20"),
            ("the past 30 trading days", "DURATION", "P30D"),
            ("the weekend", "DATE", "2015-W47-WE"),
            ("7 a.m. EST", "TIME", "2015-11-23T07:00-05:00"),
        ],
    ),
    (
        'Ashcombe has a 45-day "go-shop" period, until Jan. 7, to seek a better bid.',
        "2015-11-23",
        [("45-day", "DURATION", "P45D"), ("Jan. 7", "DATE", "2016-01-07")],
    ),
    (
        (
            "Brent for February delivery was down $1.20 at $59.86 a barrel by 1330 GMT, after "
            "touching $58.50 earlier in the session. U.S. crude for January fell 95 cents to $54.96."
        ),
        "2014-12-16",
        [
            ("February", "DATE", "2015-02"),
            ("1330 GMT", "TIME", "2014-12-16T13:30Z"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    (
        (
            "British fashion retailer Harwood & Pryce posted a 9 percent rise in profit on Wednesday "
            "but warned that mild weather and weak tourist spending in London would weigh on sales "
            "in the first half of the new financial year."
        ),
        "2016-03-09",
        [
            ("Wednesday", "DATE", "2016-03-09"),
            ("the first half of the new financial year", "DATE", "2016-H1"),
        ],
    ),
    (
        (
            "The final was played on Saturday, March 17, 1973, at Veterans Memorial Auditorium in "
            "Des Moines. The team rode the bus home that night and arrived around 3 a.m. to find "
            "several hundred people waiting at the high school in the snow. The next afternoon there "
            "was a parade down Main Street, and the following Monday, classes were canceled."
        ),
        "2013-03-10",
        [
            ("Saturday, March 17, 1973", "DATE", "1973-03-17"),
            ("that night", "TIME", "1973-03-17TNI"),
            ("around 3 a.m.", "TIME", "1973-03-18T03:00", "APPROX"),
            ("The next afternoon", "TIME", "1973-03-18TAF"),
            ("the following Monday", "DATE", "1973-03-19"),
        ],
    ),
    (
        (
            "This Thursday, the 25th anniversary of the crash, relatives will dedicate a granite "
            "marker at a trailhead below Mount Harlan. The ceremony begins at 11 a.m., and the names "
            "will be read at 4:50 p.m., the minute the plane is believed to have struck the ridge."
        ),
        "1996-09-29",
        [
            ("This Thursday", "DATE", "1996-10-03"),
            ("11 a.m.", "TIME", "1996-10-03T11:00"),
            ("4:50 p.m.", "TIME", "1996-10-03T16:50"),
        ],
    ),
    (
        (
            "The National Transportation Safety Board spent 14 months on the investigation and "
            "concluded in December 1972 that ice on the wings, combined with a faulty altimeter, had "
            "caused the crash. The airline, which had flown the route twice a day since 1964, was "
            "sold the following year and its name disappeared."
        ),
        "1996-09-29",
        [
            ("14 months", "DURATION", "P14M"),
            ("December 1972", "DATE", "1972-12"),
            ("twice a day", "SET", "P1D"),
            ("1964", "DATE", "1964"),
            ("the following year", "DATE", "1973"),
        ],
    ),
    (
        (
            "The last radio call from Pacific Coast Airways Flight 212 came at 4:47 p.m. on Sunday, "
            "Oct. 3, 1971. The dedication comes as federal regulators are again debating icing "
            "rules. In the nearly two years since a commuter plane went down in an Indiana soybean "
            "field in freezing rain, the Federal Aviation Administration has issued a series of "
            "directives, and on Monday it proposed tighter standards for pilot training, with a "
            "public comment period of 90 days. Solberg, who was 9 at the time, says she remembers "
            "the phone ringing that evening and her mother sitting down on the kitchen floor. She "
            "remembers, too, the next morning, when a reporter knocked on the door before 7 a.m."
        ),
        "1996-09-29",
        [
            ("4:47 p.m. on Sunday, Oct. 3, 1971", "TIME", "1971-10-03T16:47"),
            ("the nearly two years", "DURATION", "P2Y", "APPROX"),
            ("Monday", "DATE", "1996-09-23"),
            ("90 days", "DURATION", "P90D"),
            ("the time", "DATE", "PAST_REF"),
            ("that evening", "TIME", "1971-10-03TEV"),
            ("the next morning", "TIME", "1971-10-04TMO"),
            ("7 a.m.", "TIME", "1971-10-04T07:00"),
        ],
    ),
    (
        (
            "The fire at the Garrison Woolen Mill started at 12:20 a.m. on April 21, 1954, in a "
            "storeroom stacked with raw wool. Crews began grading the lot in February, and the Board "
            "of Selectmen voted 4-1 on Tuesday to spend $180,000 on benches, lighting and a bronze "
            "plaque with Tuttle's name. She recalls that the day before had been unusually warm, and "
            "that the workers had left the loading doors open. The state fire marshal's report, "
            "completed that summer, blamed faulty wiring but did not rule out a cigarette."
        ),
        "2004-04-18",
        [
            ("12:20 a.m. on April 21, 1954", "TIME", "1954-04-21T00:20"),
            ("February", "DATE", "2004-02"),
            ("Tuesday", "DATE", "2004-04-13"),
            ("the day before", "DATE", "1954-04-20"),
            ("that summer", "DATE", "1954-SU"),
        ],
    ),
    (
        (
            "Gagnon says she will be at the dedication. Her granddaughter is driving up from "
            "Hartford on Tuesday, and they plan to spend that evening going through old photographs."
        ),
        "2004-04-18",
        [("Tuesday", "DATE", "2004-04-20"), ("that evening", "TIME", "2004-04-20TEV")],
    ),
    (
        (
            "At 9:52 a.m. on Thursday, Dec. 8, 1983, two men in ski masks walked into the First "
            "Farmers Bank. Shortly before 5 p.m. Friday, after talking to his mother on a field "
            "telephone, the younger robber, Curtis Lyle, then 20, walked out with his hands up."
        ),
        "2013-04-14",
        [
            ("9:52 a.m. on Thursday, Dec. 8, 1983", "TIME", "1983-12-08T09:52"),
            ("5 p.m. Friday", "TIME", "1983-12-09T17:00"),
        ],
    ),
    (
        (
            "The Raptors, who have not won a playoff series since 2001, trailed by 19 in the second "
            "quarter before rallying behind Chris Bosh, who finished with 28 points."
        ),
        "2009-02-10",
        [("2001", "DATE", "2001")],
    ),
    (
        (
            "England flanker Lewis Moody will miss Saturday's Six Nations finale against Ireland at "
            "Twickenham after scans revealed a fractured bone in his left hand, and he is expected "
            "to be out for six weeks."
        ),
        "2006-03-15",
        [("Saturday", "DATE", "2006-03-18"), ("six weeks", "DURATION", "P6W")],
    ),
    (
        (
            "Leicester director of rugby Pat Howard said Moody might be fit for the club's Heineken "
            'Cup quarter-final on April 1, but would not be rushed back. "The second half of the '
            'season is when trophies are won, and we want him right for that," Howard '
            "said.\n\nKick-off on Saturday is at 4pm."
        ),
        "2006-03-15",
        [
            ("April 1", "DATE", "2006-04-01"),
            ("Saturday", "DATE", "2006-03-18"),
            ("4pm", "TIME", "2006-03-18T16:00"),
        ],
    ),
    (
        (
            "The Denver Broncos begin the defense of their second straight Super Bowl title Monday "
            "night in Miami, and for the first time since 1982 they will do it without John Elway."
        ),
        "1999-09-08",
        [("Monday night", "TIME", "1999-09-13TNI"), ("1982", "DATE", "1982")],
    ),
    (
        (
            "In college basketball, the NCAA tournament moves to the round of 16 on Thursday. "
            "Top-seeded Michigan State, which beat Utah 73-61 on Sunday, plays Syracuse Friday night "
            "in Auburn Hills."
        ),
        "2000-03-21",
        [
            ("Thursday", "DATE", "2000-03-23"),
            ("Sunday", "DATE", "2000-03-19"),
            ("Friday night", "TIME", "2000-03-24TNI"),
        ],
    ),
    (
        (
            "The first major city to cross into 2000 was Auckland, New Zealand, where fireworks lit "
            "up the harbor at midnight local time, 11 a.m. Greenwich Mean Time. Sydney followed two "
            "hours later with a show that organizers had spent 18 months planning."
        ),
        "1999-12-31",
        [
            ("2000", "DATE", "2000"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("11 a.m. Greenwich Mean Time", "TIME", "1999-12-31T11:00Z"),
            ("two hours", "DURATION", "PT2H"),
            ("18 months", "DURATION", "P18M"),
        ],
    ),
    (
        (
            '"This is not a day any of us wanted," said Representative Henry J. Hyde, the Illinois '
            "Republican who is the committee's chairman, shortly after the final vote."
        ),
        "1998-12-13",
        [],
    ),
    (
        (
            "In 1996, Bob Dole clinched the Republican nomination in late March, and then spent the "
            "spring and summer being pummeled by Democratic advertisements that his campaign could "
            "not afford to answer."
        ),
        "2000-03-09",
        [
            ("1996", "DATE", "1996"),
            ("late March", "DATE", "1996-03", "END"),
            ("the spring", "DATE", "1996-SP"),
            ("summer", "DATE", "1996-SU"),
        ],
    ),
    (
        (
            "Burton, 60, who has chaired the Government Reform and Oversight Committee since January "
            "1997, said he had no plans to step down and would hold hearings every Thursday through "
            "the end of July if necessary. Democrats, led by Rep. Henry A. Waxman (Calif.), have "
            "demanded that he give up the chairmanship by Memorial Day."
        ),
        "1998-05-21",
        [
            ("January 1997", "DATE", "1997-01"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("the end of July", "DATE", "1998-07", "END"),
            ("Memorial Day", "DATE", "1998-05-25"),
        ],
    ),
    (
        (
            "Democrats said the Burton episode had given them a fresh argument for the November "
            "elections, five months away."
        ),
        "1998-05-21",
        [("November", "DATE", "1998-11"), ("five months", "DURATION", "P5M")],
    ),
    (
        (
            "Oil markets, already rattled by Japan's nuclear crisis following Friday's earthquake, "
            "stayed jittery. Brent crude rose $1.50 to $111 a barrel by 1400 GMT."
        ),
        "2011-03-16",
        [("Friday", "DATE", "2011-03-11"), ("1400 GMT", "TIME", "2011-03-16T14:00Z")],
    ),
    (
        (
            "When the Coast Guard helicopter lifted off from Air Station Kodiak at 2:10 a.m. on Jan. "
            "23, 1995, the crew gave the crab boat Northern Dawn about an hour before she rolled. "
            "Chief Petty Officer Dana Kessler, the rescue swimmer, thought they had less than "
            "that.\n\nShe was right. The boat went over at 2:48, roughly 20 minutes before the "
            "helicopter arrived, and four of its six crewmen spent the next 40 minutes in water of "
            "38 degrees."
        ),
        "2010-01-21",
        [
            ("2:10 a.m. on Jan. 23, 1995", "TIME", "1995-01-23T02:10"),
            ("an hour", "DURATION", "PT1H", "APPROX"),
            ("2:48", "TIME", "1995-01-23T02:48"),
            ("20 minutes", "DURATION", "PT20M", "APPROX"),
            ("the next 40 minutes", "DURATION", "PT40M"),
        ],
    ),
    (
        (
            "The Corran Star left Ardmore at 6.45pm on Friday 16 October 1987 with 112 passengers "
            "and crew, bound for the islands. The forecast that morning had warned of gales, but the "
            "company's timetable allowed no cancellation without the owner's consent. By 8pm the "
            "wind had reached force 10. At 8.20pm the ship's master radioed that a bow door was open "
            "and water was on the car deck.\n\nShe rolled within eight minutes. Lifeboats from three "
            "stations searched through the night; the last survivor was pulled from the water at "
            "5.10am on the Saturday, clinging to a fuel drum."
        ),
        "2002-10-14",
        [
            ("6.45pm on Friday 16 October 1987", "TIME", "1987-10-16T18:45"),
            ("that morning", "TIME", "1987-10-16TMO"),
            ("8pm", "TIME", "1987-10-16T20:00"),
            ("8.20pm", "TIME", "1987-10-16T20:20"),
            ("eight minutes", "DURATION", "PT8M"),
            ("the night", "TIME", "1987-10-16TNI"),
            ("5.10am on the Saturday", "TIME", "1987-10-17T05:10"),
        ],
    ),
    (
        (
            '"We may have to revisit some of these numbers before May," Pratt told the board. "The '
            "state won't certify our local aid figures until late April at the earliest.\""
        ),
        "2014-03-12",
        [("May", "DATE", "2014-05"), ("late April", "DATE", "2014-04", "END")],
    ),
    (
        (
            "Gov. Charlie Baker lifted the statewide travel ban at midnight Tuesday, roughly 33 "
            "hours after it took effect."
        ),
        "2015-01-28",
        [("midnight Tuesday", "TIME", "2015-01-27T24:00"), ("33 hours", "DURATION", "PT33H", "APPROX")],
    ),
    (
        (
            "The new bridge is expected to open to traffic in the summer of 2015, with landscaping "
            "and final paving finished by Thanksgiving."
        ),
        "2013-04-19",
        [("the summer of 2015", "DATE", "2015-SU"), ("Thanksgiving", "DATE", "2015-11-26")],
    ),
    (
        (
            "Last Memorial Day weekend, backups on Route 3 southbound stretched 11 miles, according "
            "to MassDOT."
        ),
        "2016-05-26",
        [("Last Memorial Day weekend", "DATE", "2015-W21-WE")],
    ),
    (
        "The long weekend also kicks off a busy stretch of local events:",
        "2016-05-26",
        [("The long weekend", "DATE", "2016-W21-WE")],
    ),
    (
        (
            "The pantry began in the winter of 1983, when the steel mills were laying off thousands. "
            "Okafor and a handful of volunteers handed out bread and canned soup from a folding "
            "table. Today it serves about 1,200 families a month from a converted warehouse, and it "
            "has not missed a distribution day in 26 years, according to the church."
        ),
        "2009-11-02",
        [
            ("the winter of 1983", "DATE", "1983-WI"),
            ("Today", "DATE", "PRESENT_REF"),
            ("26 years", "DURATION", "P26Y"),
        ],
    ),
    (
        '"She worked seven days a week, and in the 1960s she worked most nights, too."',
        "1999-01-19",
        [
            ("seven days a week", "SET", "P1W"),
            ("the 1960s", "DATE", "196"),
            ("most nights", "SET", "XXXX-XX-XXTNI"),
        ],
    ),
    (
        (
            "BOB EDWARDS, host: This is Morning Edition. I'm Bob Edwards. Voters in 36 states choose "
            "governors tomorrow, and control of Congress is at stake. This hour, we look at the "
            "races that may decide who runs the House next January."
        ),
        "1998-11-02",
        [
            ("tomorrow", "DATE", "1998-11-03"),
            ("This hour", "DATE", "PRESENT_REF"),
            ("next January", "DATE", "1999-01"),
        ],
    ),
    (
        (
            "ANNOUNCER: This is CNN Tonight, with Bernard Shaw.\n\nSHAW: Good evening. The nation is "
            "still waiting tonight."
        ),
        "2000-12-12",
        [("tonight", "TIME", "2000-12-12TNI")],
    ),
    (
        (
            "Sunday is the pick of the weekend: sunshine and a high near 38. Then on Monday a "
            "stronger storm heads our way from the Ohio Valley."
        ),
        "1999-01-29",
        [
            ("Sunday", "DATE", "1999-01-31"),
            ("the weekend", "DATE", "1999-W04-WE"),
            ("Monday", "DATE", "1999-02-01"),
        ],
    ),
    (
        (
            "BRANCACCIO: The government releases its first estimate of second-quarter gross domestic "
            "product on Thursday morning."
        ),
        "1999-07-28",
        [("second-quarter", "DATE", "1999-Q2"), ("Thursday morning", "TIME", "1999-07-29TMO")],
    ),
    (
        "SIEGEL: Do you have the votes for the vote on Thursday?",
        "2001-05-23",
        [("Thursday", "DATE", "2001-05-24")],
    ),
    (
        "SIEGEL: If the bill fails on Thursday, what happens?",
        "2001-05-23",
        [("Thursday", "DATE", "2001-05-24")],
    ),
    (
        (
            "Ruth Ellen Cordle still keeps the kitchen clock that stopped at 8:05 on the morning of "
            "March 4, 1972.\n\nIt was a cold, gray Saturday, and she was 11, standing at the sink in "
            "her mother's house on Slate Run Road, when the earthen dam above Hollins Fork gave way. "
            "The water came down the hollow in less than 15 minutes. By noon, 61 people were dead "
            "and more than 400 homes were gone."
        ),
        "2002-03-07",
        [
            ("8:05 on the morning of March 4, 1972", "TIME", "1972-03-04T08:05"),
            ("Saturday", "DATE", "1972-03-04"),
            ("less than 15 minutes", "DURATION", "PT15M", "LESS_THAN"),
            ("noon", "TIME", "1972-03-04T12:00"),
        ],
    ),
    (
        (
            "It was Palm Sunday, April 11, 1965. Stultz, then 14, had come home from church with her "
            "parents and two younger brothers. At 6:32 p.m. the tornado, later rated an F4, crossed "
            "the Maumee Pike and cut a path half a mile wide through Delphos Corners. Within four "
            'minutes, 22 people in the town were dead.\n\n"Dad got us under the basement stairs. I had '
            'my Easter dress on. I still have it," said Stultz, 64, who now lives in Fort Wayne. '
            '"Everyone talks about the noise. What I remember is the next morning, when the sun came '
            'out like nothing had happened."'
        ),
        "2015-04-09",
        [
            ("Palm Sunday, April 11, 1965", "DATE", "1965-04-11"),
            ("6:32 p.m.", "TIME", "1965-04-11T18:32"),
            ("four minutes", "DURATION", "PT4M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next morning", "TIME", "1965-04-12TMO"),
        ],
    ),
    (
        (
            '"I can still feel the cold. People think that fades. It doesn\'t," said Mrs MacInnes, '
            'now 39 and a midwife in Inverness. "I stopped being afraid of the sea a long time ago. '
            "I'm afraid of the wind.\""
        ),
        "2007-03-01",
        [("now", "DATE", "PRESENT_REF"), ("a long time ago", "DATE", "PAST_REF")],
    ),
    (
        (
            "MEXICO CITY (AP) — Vicente Fox, a rancher and former Coca-Cola executive, won Mexico's "
            "presidential election Sunday, ending 71 years of rule by the Institutional "
            "Revolutionary Party and setting off celebrations that lasted until 3 a.m. in the "
            "capital's main plaza."
        ),
        "2000-07-03",
        [
            ("Sunday", "DATE", "2000-07-02"),
            ("71 years", "DURATION", "P71Y"),
            ("3 a.m.", "TIME", "2000-07-03T03:00"),
        ],
    ),
    (
        (
            "Fox, who will travel to Washington and Ottawa later this month, promised during the "
            "campaign to hold weekly news conferences and to meet opposition leaders every month."
        ),
        "2000-07-03",
        [
            ("later this month", "DATE", "2000-07", "END"),
            ("weekly", "SET", "P1W"),
            ("every month", "SET", "P1M"),
        ],
    ),
    (
        (
            "The project, which will carry 700 million cubic feet of gas a day from Canada, was "
            "first proposed in 1987."
        ),
        "1990-10-24",
        [("1987", "DATE", "1987")],
    ),
    (
        (
            "NetHarbor is the 31st technology company to go public so far this year, according to "
            "Renaissance Capital."
        ),
        "2000-03-10",
        [("this year", "DATE", "2000")],
    ),
    (
        (
            '"It\'s been a stop-and-go Christmas," said Alan Feld, a retail consultant in Manhattan. '
            '"Traffic was strong the weekend after Thanksgiving, then it just died for two weeks.'
        ),
        "1996-12-27",
        [
            ("Christmas", "DATE", "1996-12-25"),
            ("the weekend", "DATE", "1996-W48-WE"),
            ("Thanksgiving", "DATE", "1996-11-28"),
            ("two weeks", "DURATION", "P2W"),
        ],
    ),
    (
        (
            '"January will be brutal," Feld said. "The question is whether they clean out inventory '
            'in the next two weeks or carry it into spring."'
        ),
        "1996-12-27",
        [
            ("January", "DATE", "1997-01"),
            ("the next two weeks", "DURATION", "P2W"),
            ("spring", "DATE", "1997-SP"),
        ],
    ),
    (
        (
            "Forty years after the Starlight Ballroom fire, a bronze plaque now marks the corner of "
            "Quay Street where 19 people died. Relatives gathered on Sunday for the unveiling, "
            "standing in steady drizzle for nearly an hour as the names were read aloud.\n\nThe fire "
            "broke out at 11:40 p.m. on Friday, Nov. 19, 1971, during a dance organised by the town "
            "rowing club. Within 10 minutes the wooden staircase had collapsed. Crews from three "
            "stations fought the blaze through the night, and at 6 a.m. the next morning only the "
            "brick front was still standing."
        ),
        "2011-11-21",
        [
            ("Forty years", "DURATION", "P40Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday", "DATE", "2011-11-20"),
            ("nearly an hour", "DURATION", "PT1H", "APPROX"),
            ("11:40 p.m. on Friday, Nov. 19, 1971", "TIME", "1971-11-19T23:40"),
            ("10 minutes", "DURATION", "PT10M"),
            ("the night", "TIME", "1971-11-19TNI"),
            ("6 a.m. the next morning", "TIME", "1971-11-20T06:00"),
        ],
    ),
    (
        (
            "His oral history will be published in May, and an exhibition of photographs opens at "
            "the town library on Saturday and runs until the end of April."
        ),
        "2009-03-05",
        [
            ("May", "DATE", "2009-05"),
            ("Saturday", "DATE", "2009-03-07"),
            ("the end of April", "DATE", "2009-04", "END"),
        ],
    ),
    (
        (
            'A guided walk, "The Night of the Storm", will leave the car park at 2 p.m. on '
            "Sunday.\n\nThe wood is open daily from dawn until dusk."
        ),
        "2012-10-16",
        [("2 p.m. on Sunday", "TIME", "2012-10-21T14:00"), ("daily", "SET", "P1D")],
    ),
    (
        (
            "The call came at 9:20 p.m. on Monday, December 14, 1964. The coaster Mary Ellen, bound "
            "for Antwerp with a cargo of coal, had lost her rudder off Skerry Point, and her crew of "
            "eight had taken to the rigging as the seas broke over her.\n\nThe Kilbrannan lifeboat was "
            "launched within 12 minutes. For the next seven hours, in a force 10 gale, coxswain Hugh "
            "MacRae and his six volunteers made pass after pass alongside the stricken ship. At 4:30 "
            "the next morning the last man, the ship's 16-year-old cook, jumped across. The Mary "
            "Ellen sank less than an hour later."
        ),
        "2014-12-15",
        [
            ("9:20 p.m. on Monday, December 14, 1964", "TIME", "1964-12-14T21:20"),
            ("12 minutes", "DURATION", "PT12M"),
            ("the next seven hours", "DURATION", "PT7H"),
            ("4:30 the next morning", "TIME", "1964-12-15T04:30"),
            ("less than an hour", "DURATION", "PT1H", "LESS_THAN"),
        ],
    ),
    (
        "Investors will be watching Friday's report on third-quarter gross national product.",
        "1989-10-25",
        [("Friday", "DATE", "1989-10-27"), ("third-quarter", "DATE", "1989-Q3")],
    ),
    (
        (
            "\"Coach didn't yell,\" said the team's center, Ray Dunphy, 58. \"He said, 'You've got 16 "
            "minutes. March down there and play.' So we did.\""
        ),
        "2009-03-13",
        [("16 minutes", "DURATION", "PT16M")],
    ),
    (
        (
            "On the morning of Dec. 16, 1944, Pfc. Walter Hennig was asleep in a farmhouse cellar in "
            "the Ardennes when the German artillery began at 5:30."
        ),
        "2004-12-12",
        [("the morning of Dec. 16, 1944", "TIME", "1944-12-16TMO"), ("5:30", "TIME", "1944-12-16T05:30")],
    ),
    (
        (
            "Strawberry Festival: The Riverside Strawberry Festival returns this weekend to Founders "
            "Park for the 37th time. Gates open at 10 a.m. Saturday and close at 8 p.m.; Sunday "
            "hours are 11 a.m. to 5 p.m."
        ),
        "2014-06-12",
        [
            ("this weekend", "DATE", "2014-W24-WE"),
            ("10 a.m. Saturday", "TIME", "2014-06-14T10:00"),
            ("8 p.m.", "TIME", "2014-06-14T20:00"),
            ("Sunday", "DATE", "2014-06-15"),
            ("11 a.m.", "TIME", "2014-06-15T11:00"),
            ("5 p.m.", "TIME", "2014-06-15T17:00"),
        ],
    ),
    (
        (
            "Strawberry Festival: The festival returns this weekend to Founders Park. Gates open at "
            "10 a.m. Saturday and close at 8 p.m.; Sunday hours are 11 a.m. to 5 p.m."
        ),
        "2014-06-12",
        [
            ("this weekend", "DATE", "2014-W24-WE"),
            ("10 a.m. Saturday", "TIME", "2014-06-14T10:00"),
            ("8 p.m.", "TIME", "2014-06-14T20:00"),
            ("Sunday", "DATE", "2014-06-15"),
            ("11 a.m.", "TIME", "2014-06-15T11:00"),
            ("5 p.m.", "TIME", "2014-06-15T17:00"),
        ],
    ),
    (
        '"You\'ve got 16 minutes. March down there and play," the coach told them.',
        "2009-03-10",
        [("16 minutes", "DURATION", "PT16M")],
    ),
    (
        (
            '"It\'s been a stop-and-go Christmas," said a retail consultant. "Traffic was strong the '
            'weekend after Thanksgiving, then it just died for two weeks."'
        ),
        "1996-12-27",
        [
            ("Christmas", "DATE", "1996-12-25"),
            ("the weekend", "DATE", "1996-W48-WE"),
            ("Thanksgiving", "DATE", "1996-11-28"),
            ("two weeks", "DURATION", "P2W"),
        ],
    ),
    (
        "The ruins are open daily from dawn until dusk.",
        "2012-10-16",
        [("daily", "SET", "P1D")],
    ),
    (
        (
            "The call came at 9:20 p.m. on Monday, December 14, 1964. At 4:30 the next morning the "
            "lifeboat found the wreck."
        ),
        "2014-12-12",
        [
            ("9:20 p.m. on Monday, December 14, 1964", "TIME", "1964-12-14T21:20"),
            ("4:30 the next morning", "TIME", "1964-12-15T04:30"),
        ],
    ),
    (
        (
            "Relatives gathered on Sunday for the unveiling of a plaque.\n\nThe fire broke out at "
            "11:40 p.m. on Friday, Nov. 19, 1971, during a dance. Crews fought the blaze through the "
            "night, and at 6 a.m. the next morning only the brick front was still standing."
        ),
        "2011-11-21",
        [
            ("Sunday", "DATE", "2011-11-20"),
            ("11:40 p.m. on Friday, Nov. 19, 1971", "TIME", "1971-11-19T23:40"),
            ("the night", "TIME", "1971-11-19TNI"),
            ("6 a.m. the next morning", "TIME", "1971-11-20T06:00"),
        ],
    ),
    (
        (
            "MEXICO CITY (AP) — Vicente Fox won Mexico's presidential election Sunday, setting off "
            "celebrations that lasted until 3 a.m. in the capital's main plaza."
        ),
        "2000-07-03",
        [("Sunday", "DATE", "2000-07-02"), ("3 a.m.", "TIME", "2000-07-03T03:00")],
    ),
    (
        "Fox promised during the campaign to hold weekly news conferences.",
        "2000-07-03",
        [("weekly", "SET", "P1W")],
    ),
    (
        '"That was a long time ago," she said.',
        "2007-03-01",
        [("a long time ago", "DATE", "PAST_REF")],
    ),
    (
        '"Dad got us under the basement stairs. I had my Easter dress on," said Stultz.',
        "2015-04-09",
        [],
    ),
    (
        (
            "\"If you can get on the road before noon Friday or after 9 p.m., you'll save yourself a "
            'couple of hours," the trooper said.'
        ),
        "2016-05-26",
        [
            ("noon Friday", "TIME", "2016-05-27T12:00"),
            ("9 p.m.", "TIME", "2016-05-27T21:00"),
            ("a couple of hours", "DURATION", "PT2H", "APPROX"),
        ],
    ),
    (
        (
            "Voss left work at 11:15 p.m. on Friday, Aug. 23, 1985. Her mother reported her missing "
            "at 8 a.m. the next day, a Saturday, and volunteers searched the lakeshore through the "
            "weekend.\n\nA fisherman found her body on Labor Day, in reeds about a mile from the diner."
        ),
        "2003-10-09",
        [
            ("11:15 p.m. on Friday, Aug. 23, 1985", "TIME", "1985-08-23T23:15"),
            ("8 a.m. the next day", "TIME", "1985-08-24T08:00"),
            ("Saturday", "DATE", "1985-08-24"),
            ("the weekend", "DATE", "1985-W34-WE"),
            ("Labor Day", "DATE", "1985-09-02"),
        ],
    ),
    (
        (
            "The memorial marks 30 years since the explosion in the mine on March 17, 1977. "
            "Organizers expect more than 400 people, including relatives who have not been back in "
            "decades.\n\nIt was a Thursday. The day shift had gone in at 7 a.m., and by 9:40 that "
            "morning methane had collected behind a failed curtain."
        ),
        "2007-03-14",
        [
            ("30 years", "DURATION", "P30Y"),
            ("March 17, 1977", "DATE", "1977-03-17"),
            ("decades", "DURATION", "PXY"),
            ("a Thursday", "DATE", "XXXX-WXX-4"),
            ("7 a.m.", "TIME", "1977-03-17T07:00"),
            ("9:40", "TIME", "1977-03-17T09:40"),
            ("that morning", "TIME", "1977-03-17TMO"),
        ],
    ),
    (
        "Forty years ago, on a Sunday afternoon in late March, a tornado came over the ridge.",
        "2012-03-29",
        [
            ("Forty years ago", "DATE", "1972"),
            ("a Sunday afternoon", "TIME", "XXXX-WXX-7TAF"),
            ("late March", "DATE", "1972-03", "END"),
        ],
    ),
    (
        (
            "By kickoff at 1:30 p.m. on Nov. 13, 1976, the groundskeepers had given up on the tarp. "
            "Neither team completed a pass in the first half. The kicker missed a 19-yard field goal "
            "in the third quarter. Eastfield finished 9-1 that fall and lost a bowl game in Memphis "
            "in December."
        ),
        "2001-11-15",
        [
            ("1:30 p.m. on Nov. 13, 1976", "TIME", "1976-11-13T13:30"),
            ("that fall", "DATE", "1976-FA"),
            ("December", "DATE", "1976-12"),
        ],
    ),
    (
        (
            "The board concluded in December 1972 that ice had caused the crash. The airline, which "
            "had flown the route twice a day since 1964, was sold the following year."
        ),
        "1996-09-29",
        [
            ("December 1972", "DATE", "1972-12"),
            ("twice a day", "SET", "P1D"),
            ("1964", "DATE", "1964"),
            ("the following year", "DATE", "1973"),
        ],
    ),
    (
        (
            "The last radio call from the flight came at 4:47 p.m. on Sunday, Oct. 3, 1971. The "
            "dedication comes as federal regulators are again debating icing rules. On Monday the "
            "agency proposed tighter standards for pilot training. Solberg says she remembers the "
            "phone ringing that evening."
        ),
        "1996-09-29",
        [
            ("4:47 p.m. on Sunday, Oct. 3, 1971", "TIME", "1971-10-03T16:47"),
            ("Monday", "DATE", "1996-09-23"),
            ("that evening", "TIME", "1971-10-03TEV"),
        ],
    ),
    (
        (
            "Becker left work at 11:15 p.m. on Friday, Aug. 17, 1979. Her sister drove in from "
            "Toledo for Tuesday's hearing. Investigators questioned more than 200 people that "
            "summer. Voss was interviewed twice that fall."
        ),
        "1998-10-04",
        [
            ("11:15 p.m. on Friday, Aug. 17, 1979", "TIME", "1979-08-17T23:15"),
            ("Tuesday", "DATE", "1998-09-29"),
            ("that summer", "DATE", "1979-SU"),
            ("that fall", "DATE", "1979-FA"),
        ],
    ),
    (
        (
            "Oil markets, rattled by Japan's nuclear crisis following Friday's earthquake, stayed "
            "jittery. Brent crude rose $1.50 to $111 a barrel by 1400 GMT."
        ),
        "2011-03-16",
        [("Friday", "DATE", "2011-03-11"), ("1400 GMT", "TIME", "2011-03-16T14:00Z")],
    ),
    (
        '"This is not a day any of us wanted," said the committee\'s chairman.',
        "1998-12-13",
        [],
    ),
    (
        "Democrats have demanded that he give up the chairmanship by Memorial Day.",
        "1998-05-21",
        [("Memorial Day", "DATE", "1998-05-25")],
    ),
    (
        (
            "Democrats said the episode had given them a fresh argument for the November elections, "
            "five months away."
        ),
        "1998-05-21",
        [("November", "DATE", "1998-11"), ("five months", "DURATION", "P5M")],
    ),
    (
        "The Raptors trailed by 19 in the second quarter before rallying behind Chris Bosh.",
        "2009-02-10",
        [],
    ),
    (
        (
            "Governor Mervyn King wrote to Alistair Darling on Wednesday night seeking approval for "
            "the plan.\n\nSterling fell more than a cent against the dollar to $1.4055 by 1215 GMT."
        ),
        "2009-03-05",
        [("Wednesday night", "TIME", "2009-03-04TNI"), ("1215 GMT", "TIME", "2009-03-05T12:15Z")],
    ),
    (
        (
            "The figure matched the forecast in a Reuters poll of economists published last Friday. "
            "Sterling rose to a one-week high shortly after the 9:30 a.m. release."
        ),
        "2013-07-25",
        [
            ("last Friday", "DATE", "2013-07-19"),
            ("one-week", "DURATION", "P1W"),
            ("9:30 a.m.", "TIME", "2013-07-25T09:30"),
        ],
    ),
    (
        (
            "The price is a premium to Ashcombe's closing price on Friday. The boards approved the "
            "deal over the weekend, the companies said in a joint statement released at 7 a.m. EST."
        ),
        "2015-11-23",
        [
            ("Friday", "DATE", "2015-11-20"),
            ("the weekend", "DATE", "2015-W47-WE"),
            ("7 a.m. EST", "TIME", "2015-11-23T07:00-05:00"),
        ],
    ),
    (
        (
            "The retailer warned that mild weather would weigh on sales in the first half of the new "
            "financial year."
        ),
        "2016-03-09",
        [("the first half of the new financial year", "DATE", "2016-H1")],
    ),
    (
        (
            "Tariq Aziz said Iraq may reconsider its August 5 decision to halt cooperation with the "
            "inspectors."
        ),
        "1998-11-13",
        [("August 5", "DATE", "1998-08-05")],
    ),
    (
        "He will appeal the court's June 2 ruling.",
        "1998-11-13",
        [("June 2", "DATE", "1998-06-02")],
    ),
    (
        (
            "Stock prices tumbled Friday afternoon. Big Board volume swelled to 251.2 million "
            "shares.\n\nStill, many brokers spent the weekend fielding calls from anxious "
            "clients.\n\nFor the week, the industrial average lost 216.39 points, or 7.8%."
        ),
        "1989-10-16",
        [
            ("Friday afternoon", "TIME", "1989-10-13TAF"),
            ("the weekend", "DATE", "1989-W41-WE"),
            ("the week", "DATE", "1989-W41"),
        ],
    ),
    (
        (
            "It started raining on the morning of Aug. 12, 1983, and did not stop for three days. By "
            "2 a.m. on Monday the 15th, the water was lapping at the windows."
        ),
        "2003-08-16",
        [
            ("the morning of Aug. 12, 1983", "TIME", "1983-08-12TMO"),
            ("three days", "DURATION", "P3D"),
            ("2 a.m. on Monday the 15th", "TIME", "1983-08-15T02:00"),
        ],
    ),
    (
        (
            'The flood came on Aug. 12, 1983. "I delivered papers that Friday afternoon and it was '
            'just rain," he said Tuesday.'
        ),
        "2003-08-16",
        [
            ("Aug. 12, 1983", "DATE", "1983-08-12"),
            ("that Friday afternoon", "TIME", "1983-08-12TAF"),
            ("Tuesday", "DATE", "2003-08-12"),
        ],
    ),
    (
        "The flood came on Aug. 12, 1983. I delivered papers that Friday and it was just rain.",
        "2003-08-16",
        [("Aug. 12, 1983", "DATE", "1983-08-12"), ("that Friday", "DATE", "1983-08-12")],
    ),
    (
        (
            "For 50 years, the first pot of coffee at the diner has been poured at 5:30 a.m., six "
            "days a week. On May 29, it will be poured for the last time.\n\nThe building's owner said "
            "Thursday it had not decided what would replace the diner.\n\nOn May 29, Pappas says, he "
            "will open at 5:30 as always."
        ),
        "2011-05-14",
        [
            ("50 years", "DURATION", "P50Y"),
            ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
            ("six days a week", "SET", "P1W"),
            ("May 29", "DATE", "2011-05-29"),
            ("Thursday", "DATE", "2011-05-12"),
            ("May 29", "DATE", "2011-05-29"),
            ("5:30", "TIME", "2011-05-29T05:30"),
        ],
    ),
    (
        "The board pushes the first day of classes back to Tuesday, Sept. 8, after Labor Day.",
        "2009-05-20",
        [("Tuesday, Sept. 8", "DATE", "2009-09-08"), ("Labor Day", "DATE", "2009-09-07")],
    ),
    (
        "Crews will work Sundays through Thursdays, from 8 p.m., to avoid rush-hour traffic.",
        "2013-07-08",
        [
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("8 p.m.", "TIME", "XXXX-WXX-4T20:00"),
        ],
    ),
    (
        (
            "- Water main work will close the 200 block of Chestnut Street from 9 a.m. to 3 p.m. "
            "Tuesday.\n- The fireworks, postponed by thunderstorms last week, have been rescheduled "
            "for Saturday night at Veterans Park."
        ),
        "2013-07-08",
        [
            ("9 a.m.", "TIME", "2013-07-09T09:00"),
            ("3 p.m. Tuesday", "TIME", "2013-07-09T15:00"),
            ("last week", "DATE", "2013-W27"),
            ("Saturday night", "TIME", "2013-07-13TNI"),
        ],
    ),
    (
        (
            "The last time the area saw more than 20 inches from a single storm was February 2003, "
            "when the Presidents' Day storm shut down much of the region."
        ),
        "2010-02-05",
        [("February 2003", "DATE", "2003-02"), ("Presidents' Day", "DATE", "2003-02-17")],
    ),
    (
        (
            "The Oakdale Holiday Parade steps off at 2 p.m. Sunday from the high school. Last year "
            "the coat drive collected more than 600 coats."
        ),
        "2012-11-28",
        [("2 p.m. Sunday", "TIME", "2012-12-02T14:00"), ("Last year", "DATE", "2011")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_31(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
