"""A thirtieth probe of news: agency wires of 2010-2014, Wall Street Journal and business copy of
1989-1998, broadcast transcripts of 1998-2000, AP, New York Times and Xinhua stories of 1998-2001,
US and UK local news, sport and science reports, political news of 2013 and features that tell an
old story beside the week's news (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- What is ahead: a chamber's break and a handover on a timetable ("The Commons rises for the
  summer recess on Friday", "hands over the chairmanship on Thursday"), "Let's see where things are
  by Wednesday", a forecast's "and see only a weak recovery in the second half of the year",
  "facing elections in November", "a trial date of Jan. 8 was set", "Volunteers are still needed
  for the Sunday morning cleanup", "Moved the first day of classes to Aug. 26", "Agreed to hold
  budget workshops ..., beginning in September", "No new talks are planned before the spring",
  "a 60 percent chance of acceptable weather on Monday afternoon", "ends with the final at the
  Maracana on July 13", "a statistical dead heat eight months before the general election in
  November", "the fiscal year beginning April 1", "They've got to get the funds rate down by
  spring", "On Sunday the festival closes with a brass band concert", "flies home to Winnipeg on
  Monday", "at halftime of Saturday's final", "The forecast calls for the river to crest on
  Wednesday", "before the weekend is over", "could double by the end of the decade"; the last day
  of a list still to come ("notes on Wednesday and bonds on Thursday", written on a Thursday) is
  next week's; "the seventh named storm of the season, which runs from June 1 to Nov. 30" (an
  adjective after a rank, no past verb); "plan to attend Friday's service".
- What has gone by: "a deadline set in September" under a "would", "hired fewer workers than
  expected in July", "The race, first scheduled for February 8th, has now been moved to Friday",
  "the reforms he promised the International Monetary Fund in October", "On Monday night he
  ruled out a return to the polls", "received bonuses as recently as December", "He was hit by
  shrapnel in July" (a past passive with its agent), "down from its June projection", "The
  minutes of Wednesday's meeting will be published next Thursday".
- The day a clock is on: a morning's 12 ("12:01 Thursday morning" is 00:01); "Dec. 30, 10:42
  p.m.:" and "on July 11, 7 p.m., at the library" (the day and its hour after a comma); a kick-off
  on a day months ahead its own sentence names ("on June 12, with kick-off at 5 p.m."); not the
  day a week of figures ended ("in the week ended Friday ... by 11:30 a.m. EST"), nor a day of
  confirming ("confirmed on Monday evening ... Its shares jumped by 1015 GMT"); a schedule's day
  on a line of its own stays apart from the hour on the next.
- A feature's old story: "That year, the market fell 508 points on Oct. 19", "Fifty years later,
  he still cannot watch the tide come in", "did not start until Sept. 15, 1997 ... its verdict on
  Dec. 4", "in September 1944, and by January", "at noon on Monday, May 4" after "May 4, 1970",
  "the Thanksgiving holiday on Thursday" (the weekday the feast falls on).
- Sets, lengths and no time: "early fall", "late fall"; "rolling back decades of federal
  authority", "has fallen months behind schedule", "Over a period of months", "fled the scene
  minutes before the blast", "the remaining year"; "up 2.6 percent on the week"; "scheduled the full
  closures for weekends"; "turned the summer into a season of fear"; no time in "Hill 1282", "a
  night like this", "until 4:12 remained", "the 92nd shuttle flight and the 25th for Discovery",
  "Quiz night:", "four or five a day", "1.2m tonnes of pulp annually", "with 0:03 on the clock",
  "$25,000 for each year of imprisonment", "the district's
  teacher of the year", '"March peacefully to every square"', '"March them all down here"',
  "A reminder for viewers about tomorrow evening" (no rounding).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "BRASILIA — Brazil's central bank raised its benchmark interest rate on Wednesday for "
            "the first time in nearly two years, launching a cautious tightening cycle as inflation "
            "runs above the ceiling of the government's target range. The minutes of Wednesday's "
            "meeting will be published next Thursday at 8:30 a.m. The committee meets every six "
            "weeks; its next decision is scheduled for May 29."
        ),
        "2013-04-18",
        [
            ("Wednesday", "DATE", "2013-04-17"),
            ("nearly two years", "DURATION", "P2Y", "APPROX"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("next Thursday at 8:30 a.m.", "TIME", "2013-04-25T08:30"),
            ("every six weeks", "SET", "P6W"),
            ("May 29", "DATE", "2013-05-29"),
        ],
    ),
    (
        (
            "Berlusconi, 76, is unlikely to go to prison because of his age and could serve the "
            "remaining year under house arrest or doing community service. He must decide by "
            "mid-October which option to request, his lawyers said."
        ),
        "2013-08-02",
        [("the remaining year", "DURATION", "P1Y"), ("mid-October", "DATE", "2013-10", "MID")],
    ),
    (
        "It is the 92nd shuttle flight and the 25th for Discovery.",
        "1998-10-29",
        [],
    ),
    (
        (
            "WASHINGTON -- House and Senate negotiators worked late into Thursday night trying to "
            "settle the last of the 13 spending bills that keep the Government running, but by early "
            "Friday morning they had little to show for it, and Republican leaders conceded that "
            "another stopgap measure may be needed before the weekend is over."
        ),
        "1998-10-02",
        [
            ("Thursday night", "TIME", "1998-10-01TNI"),
            ("Friday morning", "TIME", "1998-10-02TMO"),
            ("the weekend", "DATE", "1998-W40-WE"),
        ],
    ),
    (
        (
            "A man was shot to death early yesterday on a crowded sidewalk in the Bronx, the police "
            "said, the third killing in the Mott Haven section since the Fourth of July and the "
            "latest in a string of shootings that residents say has turned the summer into a season "
            "of fear."
        ),
        "2000-08-08",
        [
            ("early yesterday", "DATE", "2000-08-07", "START"),
            ("the Fourth of July", "DATE", "2000-07-04"),
            ("the summer", "DATE", "2000-SU"),
        ],
    ),
    (
        "Critics of the trend said the court was rolling back decades of federal authority.",
        "1999-06-24",
        [("decades", "DURATION", "PXY")],
    ),
    (
        (
            "Economists polled by Reuters last week expect first-quarter data due on May 15 to show "
            "the economy shrank by 0.1 percent, and see only a weak recovery in the second half of "
            "the year."
        ),
        "2013-05-02",
        [
            ("last week", "DATE", "2013-W17"),
            ("first-quarter", "DATE", "2013-Q1"),
            ("May 15", "DATE", "2013-05-15"),
            ("the second half of the year", "DATE", "2013-H2"),
        ],
    ),
    (
        (
            "Meanwhile the chemical weapons watchdog OPCW said on Friday that the most dangerous "
            "agents in Syria's arsenal would be shipped out of the country by Dec. 31, a deadline "
            "set in September, though it warned that bad weather and fighting near the road to the "
            "port of Latakia could cause delays of several days."
        ),
        "2013-12-20",
        [
            ("Friday", "DATE", "2013-12-20"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("September", "DATE", "2013-09"),
            ("several days", "DURATION", "PXD"),
        ],
    ),
    (
        (
            "Big institutional investors said they may hold off on buying until the market "
            'stabilizes. "I wouldn\'t be a hero this week," said one money manager in Boston. "Let\'s '
            'see where things are by Wednesday."'
        ),
        "1989-10-16",
        [("this week", "DATE", "1989-W42"), ("Wednesday", "DATE", "1989-10-18")],
    ),
    (
        (
            "Others worried about a repeat of 1987. That year, the market fell 508 points on Oct. 19 "
            "alone, after losing about 10% in the preceding week."
        ),
        "1989-10-16",
        [
            ("1987", "DATE", "1987"),
            ("That year", "DATE", "1987"),
            ("Oct. 19", "DATE", "1987-10-19"),
            ("the preceding week", "DATE", "1987-W42"),
        ],
    ),
    (
        (
            '"We are now at the point where the money simply runs out," an RTC official said. The '
            "agency has spent $28 billion since its inception and will need additional funding by "
            "early fall, he said."
        ),
        "1990-07-19",
        [("now", "DATE", "PRESENT_REF"), ("early fall", "DATE", "1990-FA", "START")],
    ),
    (
        (
            "Lawmakers from both parties, facing elections in November, have stepped up attacks on "
            "regulators. Rep. Thomas Garrity (D., Ohio) said hearings would begin at 10 a.m. next "
            "Thursday and run for at least three days."
        ),
        "1990-07-19",
        [
            ("November", "DATE", "1990-11"),
            ("10 a.m. next Thursday", "TIME", "1990-07-26T10:00"),
            ("at least three days", "DURATION", "P3D", "EQUAL_OR_MORE"),
        ],
    ),
    (
        (
            "U.S. employers hired fewer workers than expected in July, but job growth exceeded "
            "200,000 for a sixth straight month for the first time since 1997, pointing to an "
            "economy that is gathering momentum."
        ),
        "2014-08-01",
        [("July", "DATE", "2014-07"), ("1997", "DATE", "1997")],
    ),
    (
        ("The department released the report a day early because of the Thanksgiving holiday on Thursday."),
        "2010-11-24",
        [
            ("a day", "DURATION", "P1D"),
            ("Thanksgiving", "DATE", "2010-11-25"),
            ("Thursday", "DATE", "2010-11-25"),
        ],
    ),
    (
        (
            "U.S. crude inventories fell 7.3 million barrels in the week ended Friday, the Energy "
            "Information Administration said, pushing crude futures up $1.50 to $83.25 a barrel by "
            "11:30 a.m. EST."
        ),
        "2010-11-24",
        [
            ("the week", "DURATION", "P1W"),
            ("Friday", "DATE", "2010-11-19"),
            ("11:30 a.m. EST", "TIME", "2010-11-24T11:30-05:00"),
        ],
    ),
    (
        (
            "In other action, the board:\n— Extended Delgado's contract by two years, through June "
            "30, 2012.\n— Moved the first day of classes to Aug. 26, a week earlier than last year.\n— "
            "Agreed to hold budget workshops on the first Thursday of every month, beginning in "
            "September."
        ),
        "2009-06-17",
        [
            ("two years", "DURATION", "P2Y"),
            ("June 30, 2012", "DATE", "2012-06-30"),
            ("Aug. 26", "DATE", "2009-08-26"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2008"),
            ("the first Thursday of every month", "SET", "XXXX-WXX-4"),
            ("September", "DATE", "2009-09"),
        ],
    ),
    (
        (
            "In a separate case, a trial date of Jan. 8 was set for a Harlan woman charged with "
            "embezzling about $40,000 from a youth soccer league."
        ),
        "2006-10-05",
        [("Jan. 8", "DATE", "2007-01-08")],
    ),
    (
        (
            '"We\'ve been waiting 13 years for a night like this," said coach Ron Stiles, who has led '
            "the Panthers since 1994."
        ),
        "1999-11-20",
        [("13 years", "DURATION", "P13Y"), ("1994", "DATE", "1994")],
    ),
    (
        (
            "The Panthers trailed 14-0 at halftime and did not score until 4:12 remained in the "
            "third quarter, when Bell found tight end Chris Okafor for a 22-yard touchdown."
        ),
        "1999-11-20",
        [],
    ),
    (
        (
            "FRIDAY, JULY 4\n8 a.m.: Registration opens for the Firecracker 5K; the race starts at "
            "8:30 a.m. at Glen Falls High School."
        ),
        "2014-07-02",
        [
            ("FRIDAY, JULY 4", "DATE", "2014-07-04"),
            ("8 a.m.", "TIME", "2014-07-04T08:00"),
            ("8:30 a.m.", "TIME", "2014-07-04T08:30"),
        ],
    ),
    (
        "Volunteers are still needed for the Sunday morning cleanup.",
        "2014-07-02",
        [("Sunday morning", "TIME", "2014-07-06TMO")],
    ),
    (
        ("On Monday night he ruled out an immediate return to the polls and said he was ready to talk."),
        "2013-02-27",
        [("Monday night", "TIME", "2013-02-25TNI")],
    ),
    (
        (
            'The Brotherhood\'s political arm called on Egyptians to "rise up" against what it called '
            'a military coup. "March peacefully to every square and stay there," the group said in a '
            "statement."
        ),
        "2013-07-08",
        [],
    ),
    (
        (
            "Protesters have occupied Kiev's Independence Square for nearly four weeks, and on "
            "Tuesday Russia offered Kiev a $15 billion loan and cheaper gas. EU officials said the "
            "door remained open but no new talks were planned before the spring."
        ),
        "2013-12-20",
        [
            ("nearly four weeks", "DURATION", "P4W", "APPROX"),
            ("Tuesday", "DATE", "2013-12-17"),
            ("the spring", "DATE", "2014-SP"),
        ],
    ),
    (
        (
            "Hosts Brazil will open the World Cup against Croatia in Sao Paulo on June 12, with "
            "kick-off at 5 p.m. local time (2000 GMT), after Friday's draw placed them in a group "
            "with Mexico and Cameroon."
        ),
        "2013-12-06",
        [
            ("June 12", "DATE", "2014-06-12"),
            ("5 p.m.", "TIME", "2014-06-12T17:00"),
            ("2000 GMT", "TIME", "2014-06-12T20:00Z"),
            ("Friday", "DATE", "2013-12-06"),
        ],
    ),
    (
        (
            "Hosts Brazil will open the World Cup against Croatia in Sao Paulo on June 12, with "
            "kick-off at 5 p.m. local time (2000 GMT), after Friday's draw placed them in a group "
            "with Mexico and Cameroon.\n\nHolders Spain face the Netherlands in a rematch of the 2010 "
            "final in Salvador the following day, while England meet Italy in the Amazon city of "
            "Manaus on Saturday, June 14, in a game that starts at 6 p.m. local time, when "
            "temperatures may still be around 30 degrees Celsius."
        ),
        "2013-12-06",
        [
            ("June 12", "DATE", "2014-06-12"),
            ("5 p.m.", "TIME", "2014-06-12T17:00"),
            ("2000 GMT", "TIME", "2014-06-12T20:00Z"),
            ("Friday", "DATE", "2013-12-06"),
            ("2010", "DATE", "2010"),
            ("the following day", "DATE", "2014-06-13"),
            ("Saturday, June 14", "DATE", "2014-06-14"),
            ("6 p.m.", "TIME", "2014-06-14T18:00"),
        ],
    ),
    (
        (
            "FIFA said on Thursday that all 12 stadiums would be ready by the end of February, "
            "although the arena in Curitiba has fallen months behind schedule and work there has "
            "been halted twice this year."
        ),
        "2013-12-06",
        [
            ("Thursday", "DATE", "2013-12-05"),
            ("the end of February", "DATE", "2014-02", "END"),
            ("months", "DURATION", "PXM"),
            ("this year", "DATE", "2013"),
        ],
    ),
    (
        (
            "Forecasters gave a 60 percent chance of acceptable weather on Monday afternoon, with "
            "thick cloud the main concern, and said conditions should improve over the following 24 "
            "hours."
        ),
        "2013-11-14",
        [("Monday afternoon", "TIME", "2013-11-18TAF"), ("the following 24 hours", "DURATION", "PT24H")],
    ),
    (
        (
            "FBI agents sifted through the rubble of the U.S. Embassy on Monday as Kenyan officials "
            "raised the death toll from Friday's bombing to 201, and investigators said they may "
            "have identified a man who fled the scene minutes before the blast."
        ),
        "1998-08-10",
        [("Monday", "DATE", "1998-08-10"), ("Friday", "DATE", "1998-08-07"), ("minutes", "DURATION", "PTXM")],
    ),
    (
        (
            "Indonesia's budget for the fiscal year beginning April 1, which Suharto unveiled "
            "Tuesday, assumed an exchange rate of 4,000 rupiah to the dollar, a figure analysts "
            "called unrealistic."
        ),
        "1998-01-09",
        [
            ("the fiscal year", "DATE", "1998"),
            ("April 1", "DATE", "1998-04-01"),
            ("Tuesday", "DATE", "1998-01-06"),
        ],
    ),
    (
        (
            "The trial itself did not start until Sept. 15, 1997, and lasted 11 weeks. The jury "
            "deliberated for four days before returning its verdict on Dec. 4."
        ),
        "2004-03-09",
        [
            ("Sept. 15, 1997", "DATE", "1997-09-15"),
            ("11 weeks", "DURATION", "P11W"),
            ("four days", "DURATION", "P4D"),
            ("Dec. 4", "DATE", "1997-12-04"),
        ],
    ),
    (
        (
            "He plans to spend the weekend with his sister in Dayton and said he may seek "
            "compensation from the state, which caps such awards at $25,000 for each year of "
            "imprisonment."
        ),
        "1989-06-23",
        [("the weekend", "DATE", "1989-W25-WE")],
    ),
    (
        (
            "A reminder for viewers about tomorrow evening. Polls close in Vermont, Georgia and most "
            "of New England at 7 p.m. Eastern time, and in California at 8 p.m. Pacific time, which "
            "is 11 o'clock here in the East."
        ),
        "2000-03-06",
        [
            ("tomorrow evening", "TIME", "2000-03-07TEV"),
            ("7 p.m. Eastern time", "TIME", "2000-03-07T19:00-05:00"),
            ("8 p.m. Pacific time", "TIME", "2000-03-07T20:00-08:00"),
            ("11 o'clock", "TIME", "2000-03-07T23:00"),
        ],
    ),
    (
        (
            "In the meantime, the latest national figures: Mr. Gore leads Mr. Bush among all voters "
            "by a single point, a statistical dead heat eight months before the general election in "
            "November."
        ),
        "2000-03-06",
        [("eight months", "DURATION", "P8M"), ("November", "DATE", "2000-11")],
    ),
    (
        (
            "Kroll, now 42 and a pharmacist in Ames, will be back in Des Moines this weekend when "
            "the current Eagles, seeded second, play in the Class 2A semifinals at 1:30 p.m. Friday. "
            "The 1982 team will be honored at halftime of Saturday's final, 25 years after its title."
        ),
        "2007-03-07",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("this weekend", "DATE", "2007-W10-WE"),
            ("current", "DATE", "PRESENT_REF"),
            ("1:30 p.m. Friday", "TIME", "2007-03-09T13:30"),
            ("1982", "DATE", "1982"),
            ("Saturday", "DATE", "2007-03-10"),
            ("25 years", "DURATION", "P25Y"),
        ],
    ),
    (
        'Tips have come in "at the rate of four or five a day," Dominguez said.',
        "2005-11-22",
        [],
    ),
    (
        "The ceremonies end Sunday evening with a concert. Vos flies home to Winnipeg on Monday.",
        "2005-05-05",
        [("Sunday evening", "TIME", "2005-05-08TEV"), ("Monday", "DATE", "2005-05-09")],
    ),
    (
        (
            '"We know this is an incredibly busy route, carrying around 30,000 vehicles a day, and '
            "we have deliberately scheduled the full closures for weekends to keep disruption to a "
            "minimum."
        ),
        "2013-03-14",
        [("weekends", "SET", "XXXX-WXX-WE")],
    ),
    (
        (
            "On Sunday the festival closes with a brass band concert and the popular dragon boat "
            "race on the lake, which starts at noon."
        ),
        "2012-07-05",
        [("Sunday", "DATE", "2012-07-08"), ("noon", "TIME", "2012-07-08T12:00")],
    ),
    (
        "Quiz night: The Red Lion, Church Street, every Tuesday at 8.30pm. £1 per person.",
        "2012-07-05",
        [("every Tuesday at 8.30pm", "SET", "XXXX-WXX-2T20:30")],
    ),
    (
        "Dec. 30, 10:42 p.m.: A caller on Oak Avenue reported a man trying car door handles.",
        "2014-01-06",
        [("Dec. 30, 10:42 p.m.", "TIME", "2013-12-30T22:42")],
    ),
    (
        (
            "Dec. 31, 11:55 p.m.: Neighbors complained of fireworks being set off behind a home on "
            "Pine Street."
        ),
        "2014-01-06",
        [("Dec. 31, 11:55 p.m.", "TIME", "2013-12-31T23:55")],
    ),
    (
        (
            "Jan. 1, 2:10 a.m.: A 22-year-old Franklin man was charged with drunken driving after "
            "his car struck a utility pole on Route 40."
        ),
        "2014-01-06",
        [("Jan. 1, 2:10 a.m.", "TIME", "2014-01-01T02:10")],
    ),
    (
        (
            "Jan. 2, 7:15 a.m.: A resident of Maple Court reported that someone had stolen a "
            "snowblower from an unlocked garage."
        ),
        "2014-01-06",
        [("Jan. 2, 7:15 a.m.", "TIME", "2014-01-02T07:15")],
    ),
    (
        (
            "Jan. 4, 3:30 p.m.: An employee at Valley Plaza reported a shoplifter who fled with two "
            "cartons of cigarettes worth $140."
        ),
        "2014-01-06",
        [("Jan. 4, 3:30 p.m.", "TIME", "2014-01-04T15:30")],
    ),
    (
        (
            "Drexel's 5,300 employees, many of whom received bonuses of $100,000 or more as recently "
            "as December, were told to clean out their desks by the end of the month."
        ),
        "1990-02-14",
        [("December", "DATE", "1989-12"), ("the end of the month", "DATE", "1990-02", "END")],
    ),
    (
        (
            '"They\'ve been behind the curve since the summer," said an economist at a Chicago bank. '
            '"They\'ve got to get the funds rate down to 6% by spring."'
        ),
        "1990-12-19",
        [("the summer", "DATE", "1990-SU"), ("spring", "DATE", "1991-SP")],
    ),
    (
        (
            "Some Japanese institutions, which closed their books on Saturday, March 31, had been "
            "holding off selling until the new fiscal year began on Sunday, analysts said."
        ),
        "1990-04-03",
        [
            ("Saturday, March 31", "DATE", "1990-03-31"),
            ("the new fiscal year", "DATE", "1990"),
            ("Sunday", "DATE", "1990-04-01"),
        ],
    ),
    (
        (
            "KENT, Ohio — Carol Mendes still crosses the Commons by the path she took on May 4, "
            "1970, though these days she walks it slowly, leaning on a cane.\n\nBy noon on Monday, May "
            "4, some 2,000 students had gathered on the Commons. Mendes was standing near the Pagoda "
            "when the shooting started at 12:24 p.m. Four students were dead and nine wounded. The "
            "university closed that afternoon and would not reopen for six weeks.\n\nThat fall, she "
            "transferred to the University of Akron. Two years later she was working in the "
            "emergency room at Akron City Hospital, and in the summer of 1975 she married a Vietnam "
            "veteran she had met there."
        ),
        "2010-05-02",
        [
            ("May 4, 1970", "DATE", "1970-05-04"),
            ("these days", "DATE", "PRESENT_REF"),
            ("noon on Monday, May 4", "TIME", "1970-05-04T12:00"),
            ("12:24 p.m.", "TIME", "1970-05-04T12:24"),
            ("that afternoon", "TIME", "1970-05-04TAF"),
            ("six weeks", "DURATION", "P6W"),
            ("That fall", "DATE", "1970-FA"),
            ("Two years later", "DATE", "1972"),
            ("the summer of 1975", "DATE", "1975-SU"),
        ],
    ),
    (
        (
            "On Friday, July 26, 1985, plant manager Walter Heisey read a two-paragraph statement in "
            'the cafeteria at 2:30 p.m., just as the shifts were changing.\n\n"You may not believe it, '
            'but I went home and mowed the lawn." That fall the company let go 6,000 workers.'
        ),
        "1998-11-15",
        [
            ("Friday, July 26, 1985", "DATE", "1985-07-26"),
            ("2:30 p.m.", "TIME", "1985-07-26T14:30"),
            ("That fall", "DATE", "1985-FA"),
        ],
    ),
    (
        '"March them all down here," he said of the developers, "and let them see what was here."',
        "1998-11-15",
        [],
    ),
    (
        (
            "Under a 2001 state law, Banks may be entitled to $25,000 for each year he spent in "
            "prison, or about $500,000."
        ),
        "2007-09-23",
        [("2001", "DATE", "2001")],
    ),
    (
        (
            "The latest river forecast calls for the Mississippi to crest at Bellfort on Wednesday "
            "at about 31 feet, well below flood stage."
        ),
        "2013-07-14",
        [("Wednesday", "DATE", "2013-07-17")],
    ),
    (
        (
            "Nordvik said it would pay 34.50 euros per share, a 28 percent premium to Kabelnet's "
            "closing price on Friday. Kabelnet confirmed on Monday evening that it had received an "
            "approach. Its shares jumped 24 percent to 33.90 euros by 1015 GMT in Copenhagen."
        ),
        "2013-07-09",
        [
            ("Friday", "DATE", "2013-07-05"),
            ("Monday evening", "TIME", "2013-07-08TEV"),
            ("1015 GMT", "TIME", "2013-07-09T10:15Z"),
        ],
    ),
    (
        (
            "Nordvik said it would pay 34.50 euros per share, a 28 percent premium to Kabelnet's "
            "closing price on Friday. Kabelnet confirmed on Monday evening that it had received an "
            "approach. Its shares jumped 24 percent to 33.90 euros by 1015 GMT in Copenhagen.\n\nThe "
            "deal, which has been approved by both boards, is expected to close in the fourth "
            "quarter, subject to regulatory approval. Nordvik expects cost savings of about 150 "
            "million euros by 2016, and said the acquisition would add to earnings "
            'immediately.\n\n"This is a deal we have been looking at for the past five years," Nordvik '
            'Chief Executive Lars Holm told analysts on a conference call at 9 a.m. "The timing is '
            'now right."'
        ),
        "2013-07-09",
        [
            ("Friday", "DATE", "2013-07-05"),
            ("Monday evening", "TIME", "2013-07-08TEV"),
            ("1015 GMT", "TIME", "2013-07-09T10:15Z"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("2016", "DATE", "2016"),
            ("the past five years", "DURATION", "P5Y"),
            ("9 a.m.", "TIME", "2013-07-09T09:00"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        (
            "A Pakistani man detained at Karachi airport hours after the attacks was flown to "
            "Nairobi on Friday night and handed to Kenyan police, officials said."
        ),
        "1998-08-15",
        [("hours", "DURATION", "PTXH"), ("Friday night", "TIME", "1998-08-14TNI")],
    ),
    (
        (
            "Georges is the seventh named storm of the Atlantic hurricane season, which runs from "
            "June 1 to Nov. 30."
        ),
        "1998-09-27",
        [("June 1", "DATE", "1998-06-01"), ("Nov. 30", "DATE", "1998-11-30")],
    ),
    (
        (
            "The panic was set off on Tuesday, when President Suharto presented a budget that "
            "investors say ignores the reforms he promised the International Monetary Fund in "
            "October in exchange for a $43 billion rescue."
        ),
        "1998-01-08",
        [("Tuesday", "DATE", "1998-01-06"), ("October", "DATE", "1997-10")],
    ),
    (
        (
            "At the Winter Olympics in Nagano, Japan, heavy snow and fog forced organizers today to "
            "postpone the men's downhill for the third time. The race, first scheduled for February "
            "8th, has now been moved to Friday."
        ),
        "1998-02-16",
        [
            ("today", "DATE", "1998-02-16"),
            ("February 8th", "DATE", "1998-02-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "1998-02-20"),
        ],
    ),
    (
        (
            "Some economists said the rebuilding would add to economic growth in the fourth quarter "
            'and the first half of 1990, offsetting the output lost this week. "In the short run, '
            "it's a disaster; over a period of months, it's a construction boom,\" said one economist."
        ),
        "1989-10-19",
        [
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the first half of 1990", "DATE", "1990-H1"),
            ("this week", "DATE", "1989-W42"),
            ("months", "DURATION", "PXM"),
        ],
    ),
    (
        (
            "The Treasury said Wednesday that it will sell $10 billion of three-year notes on "
            "Tuesday, $10 billion of 10-year notes on Wednesday and $10 billion of 30-year bonds on "
            "Thursday."
        ),
        "1989-11-02",
        [
            ("Wednesday", "DATE", "1989-11-01"),
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "1989-11-07"),
            ("10-year", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1989-11-08"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "1989-11-09"),
        ],
    ),
    (
        (
            "Ten years ago, Britain's last governor Chris Patten sailed out of the harbour aboard "
            "the royal yacht Britannia hours after the handover."
        ),
        "2007-07-01",
        [("Ten years ago", "DATE", "1997"), ("hours", "DURATION", "PTXH")],
    ),
    (
        (
            "The Fed also cut its growth forecasts. It now expects the economy to expand between 2.0 "
            "and 2.3 percent this year, down from its June projection of 2.3 to 2.6 percent."
        ),
        "2013-09-18",
        [("now", "DATE", "PRESENT_REF"), ("this year", "DATE", "2013"), ("June", "DATE", "2013-06")],
    ),
    (
        (
            "The company now expects fiscal 2012 earnings of $3.60 to $3.70 a share, down from its "
            "April forecast of $3.95 to $4.10."
        ),
        "2012-07-24",
        [("now", "DATE", "PRESENT_REF"), ("fiscal 2012", "DATE", "2012"), ("April", "DATE", "2012-04")],
    ),
    (
        (
            "Halden, which buys about 1.2m tonnes of pulp annually, said it would pass on most of "
            "the increase through price rises from 1 October."
        ),
        "2010-08-04",
        [("1 October", "DATE", "2010-10-01")],
    ),
    (
        (
            '"You could hear people breathing," recalled Carol Nunez, who was 27 and the youngest '
            "juror and is now a retired schoolteacher. She is one of four surviving jurors; three of "
            "them plan to attend Friday's service."
        ),
        "2001-05-30",
        [("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "2001-06-01")],
    ),
    (
        (
            "In the semifinal on the morning of March 17, 1962, they beat Fort Wayne North by 14. "
            "That night they faced Gary Roosevelt, which had not lost in nearly two years.\n\nThe "
            "first overtime ended 55-55. In the second, Yoder scored the last four points, the final "
            "two on free throws with 0:03 on the clock, at 10:34 p.m."
        ),
        "2012-03-10",
        [
            ("the morning of March 17, 1962", "TIME", "1962-03-17TMO"),
            ("That night", "TIME", "1962-03-17TNI"),
            ("nearly two years", "DURATION", "P2Y", "APPROX"),
            ("10:34 p.m.", "TIME", "1962-03-17T22:34"),
        ],
    ),
    (
        (
            "In the semifinal on the morning of March 17, 1962, they beat Fort Wayne North by 14. "
            "That night they faced Gary Roosevelt, which had not lost in nearly two years.\n\nThe "
            "first overtime ended 55-55. In the second, Yoder scored the last four points, the final "
            "two on free throws with 0:03 on the clock, at 10:34 p.m."
        ),
        "2012-03-10",
        [
            ("the morning of March 17, 1962", "TIME", "1962-03-17TMO"),
            ("That night", "TIME", "1962-03-17TNI"),
            ("nearly two years", "DURATION", "P2Y", "APPROX"),
            ("10:34 p.m.", "TIME", "1962-03-17T22:34"),
        ],
    ),
    (
        (
            "In the semifinal on the morning of March 17, 1962, they beat Fort Wayne North by 14. "
            "That night they faced Gary Roosevelt, which had not lost in nearly two years.\n\nThe "
            "first overtime ended 55-55. In the second, Yoder scored the last four points, the final "
            "two on free throws with 0:03 on the clock, at 10:34 p.m.\n\nThe team bus got home at 4 in "
            "the morning."
        ),
        "2012-03-10",
        [
            ("the morning of March 17, 1962", "TIME", "1962-03-17TMO"),
            ("That night", "TIME", "1962-03-17TNI"),
            ("nearly two years", "DURATION", "P2Y", "APPROX"),
            ("10:34 p.m.", "TIME", "1962-03-17T22:34"),
            ("4 in the morning", "TIME", "1962-03-18T04:00"),
        ],
    ),
    (
        (
            "Markets rallied, with the Nairobi Securities Exchange's main index up 2.6 percent on "
            "the week, its biggest weekly gain since mid-2011."
        ),
        "2013-03-08",
        [("the week", "DATE", "2013-W10"), ("mid-2011", "DATE", "2011", "MID")],
    ),
    (
        "The new law takes effect at 12:01 Thursday morning, officials said.",
        "2013-05-08",
        [("12:01 Thursday morning", "TIME", "2013-05-09T00:01")],
    ),
    (
        "The Commons rises for the summer recess on Friday.",
        "2013-05-08",
        [("summer", "DATE", "2013-SU"), ("Friday", "DATE", "2013-05-10")],
    ),
    (
        "He hands over the chairmanship on Thursday.",
        "2013-05-08",
        [("Thursday", "DATE", "2013-05-09")],
    ),
    (
        "No new talks are planned before the spring.",
        "2013-12-20",
        [("the spring", "DATE", "2014-SP")],
    ),
    (
        "The tournament runs for 32 days and ends with the final at the Maracana on July 13.",
        "2013-12-06",
        [("32 days", "DURATION", "P32D"), ("July 13", "DATE", "2014-07-13")],
    ),
    (
        (
            "On Tuesday, Harlow reported third-quarter earnings, and Ms. Osei told analysts that "
            "sales could double by the end of the decade."
        ),
        "1997-11-14",
        [
            ("Tuesday", "DATE", "1997-11-11"),
            ("third-quarter", "DATE", "1997-Q3"),
            ("the end of the decade", "DATE", "199", "END"),
        ],
    ),
    (
        "The agents would be shipped out of the country by Dec. 31, a deadline set in September.",
        "2013-12-20",
        [("Dec. 31", "DATE", "2013-12-31"), ("September", "DATE", "2013-09")],
    ),
    (
        (
            "Traders, many of whom received bonuses as recently as December, were told to clean out "
            "their desks."
        ),
        "1990-02-14",
        [("December", "DATE", "1989-12")],
    ),
    (
        "He was hit by shrapnel near Saint-Lo in July.",
        "1994-06-03",
        [("July", "DATE", "1993-07")],
    ),
    (
        "The bill will be signed by the president in July.",
        "1994-06-03",
        [("July", "DATE", "1994-07")],
    ),
    (
        "The talk is on July 11, 7 p.m., at the library.",
        "2014-07-02",
        [("July 11, 7 p.m.", "TIME", "2014-07-11T19:00")],
    ),
    (
        (
            "Walter landed at 6:30 a.m. on June 6, 1944. Fifty years later, he still cannot watch "
            "the tide come in."
        ),
        "1994-06-03",
        [("6:30 a.m. on June 6, 1944", "TIME", "1944-06-06T06:30"), ("Fifty years later", "DATE", "1994")],
    ),
    (
        (
            "The Germans blocked food shipments in September 1944, and by January the official "
            "ration had fallen to 600 calories."
        ),
        "2005-05-05",
        [("September 1944", "DATE", "1944-09"), ("January", "DATE", "1945-01")],
    ),
    (
        "The Marines held Hill 1282 for two days.",
        "2010-06-01",
        [("two days", "DURATION", "P2D")],
    ),
    (
        "The Tigers did not score until 4:12 remained, and they lost.",
        "2013-11-02",
        [],
    ),
    (
        "She was named the district's teacher of the year.",
        "2003-05-01",
        [],
    ),
    (
        (
            "The Treasury said it will sell $10 billion of three-year notes on Tuesday, $9.75 "
            "billion of 10-year notes on Wednesday and $10 billion of 30-year bonds on Thursday."
        ),
        "1989-11-02",
        [
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "1989-11-07"),
            ("10-year", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1989-11-08"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "1989-11-09"),
        ],
    ),
    (
        "Over a period of months, it's a construction boom.",
        "1989-10-19",
        [("months", "DURATION", "PXM")],
    ),
    (
        "Police are seeking a man who fled the scene minutes before the blast.",
        "1998-08-10",
        [("minutes", "DURATION", "PTXM")],
    ),
    (
        "The mill buys about 1.2m tonnes of pulp annually.",
        "2012-08-21",
        [],
    ),
    (
        ("The Fed now expects the economy to expand 2.5 percent this year, down from its June projection."),
        "2013-09-18",
        [("now", "DATE", "PRESENT_REF"), ("this year", "DATE", "2013"), ("June", "DATE", "2013-06")],
    ),
    (
        "He hit the shot with 0:03 on the clock.",
        "2012-03-18",
        [],
    ),
    (
        "Three of them plan to attend Friday's service.",
        "2001-05-30",
        [("Friday", "DATE", "2001-06-01")],
    ),
    (
        "Berlusconi could serve the remaining year under house arrest.",
        "2013-08-01",
        [("the remaining year", "DURATION", "P1Y")],
    ),
    (
        "The main index was up 2.6 percent on the week.",
        "2013-03-08",
        [("the week", "DATE", "2013-W10")],
    ),
    (
        "The minutes of Wednesday's meeting will be published next Thursday at 8:30 a.m.",
        "2013-04-19",
        [("Wednesday", "DATE", "2013-04-17"), ("next Thursday at 8:30 a.m.", "TIME", "2013-04-25T08:30")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_30(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
