"""A thirty-fifth probe of news: agency wires on politics and diplomacy, Wall Street Journal copy of
1989-1990, disaster and accident reports, court and crime news, AQUAINT-like and TimeBank-like
news, local and community news, sport, features that retell an old story for its anniversary,
economic and financial wires, international news, science and health news, obituaries,
broadcast transcripts, business results, weather and transport news, political news and foreign
agencies' English wires (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- An old story goes on past a witness's words: the day a witness spoke on ("she told the Gazette
  on Monday", "said by phone Tuesday", "who spoke to reporters on Tuesday") and an age given today
  ("now 59", "is now 64") tell no present that ends it; its "would" looks ahead without moving it
  ("Power would not be restored until late the next night ... that evening"); "until February"
  is the next February; a month before an old day the sentence dates in full is that year's
  ("mid-January had fizzled, and on the morning of Monday, Feb. 6, 1978"); a day of a month just
  after its day or, in a pluperfect, just before it is the story's; a paragraph of the present
  that tells only a witness's day and age is crossed ("That was Saturday, March 16, 1985. Forty
  years later ... said by phone Tuesday ... The Class 3A final tipped off at 7:30 p.m."); a feast
  kept on a weekday names the week's days after it ("on Labor Day 1979 ... by Wednesday night"); a
  clock before its noun's day ("The guards' 11 p.m. count on Monday, June 11, 1962").
- Which day a clock is on: the event a relative clause dated ("an earthquake that struck
  northwestern Turkey on Friday evening ... The quake hit at 6:57 p.m."); not an aside's day
  ("Kenyatta, who was declared the winner on 11 August, said at 2 p.m.") nor the day of a
  briefing ("said at a news conference early Tuesday"); the small hours after a night past a
  week told since ("last night ... last week ... until after 1 a.m."); a plan's hour of the
  evening told ("at 11:20 p.m. ... agreed to end the gathering by midnight").
- Direction: a coming report's possessive ("turn their attention to Friday's employment report",
  "Friday's jobs report could show"), a fixture's ("starting with Sunday's trip", "qualified for
  Wednesday's final", "going into Monday's rest day", "Wednesday's semifinal, which kicks off at
  8:45 p.m."), a day called off ("scrubbed for Wednesday", "closures for Wednesday"), a house's
  recess ("before the Commons breaks for the summer on Friday"), a reminder ("remind diners to
  set their clocks ahead Saturday night"), a feast's rush ("Labor Day travelers", "the Spring
  Festival travel rush"); a weekday's possessive that restates a day told ("Tuesday's
  commitments"); a deed a charge names ("denies murdering ... on 9 February") is gone by; so is a
  quarter months off told in the past ("from 5.6 percent in the second quarter", written on
  January 3).
- A measure set off after its day ("declared martial law on Tuesday, effective at 12:01 a.m.
  Wednesday") leaves the day its clause's; what was said of a meeting to come is ahead ("said
  Thursday's meeting would leave rates unchanged"); a clock's day past its zone ("at 9 a.m. local
  time tomorrow"); a market's week told ("ended last week at 2596.72, down 93.47 points for the
  week").
- Words: "the 8 August poll" (the poll's article), "the 12th in the past five years" and "the
  13th national strike since the summer" (ranks), "the future of Jerusalem" (no time in news),
  "almost overnight", a race's margin ("1:04 ahead of a chasing group"), rations and rates ("less
  than a pint a day", "320,000 barrels a day from 330,000"), a quoted album ("Blue Tuesday"), a
  race's name ("The Fall Harvest 5K"), "its Christmas cantata", '"March With Us"', "months, not
  years" in quotes, "hours before U.S. warplanes were to strike", "for the first week", "on a Sunday schedule
  Thursday" (a kind of schedule), "every-other-week recycling", "A legislative inquiry that fall".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Darren Pickering, 38, of Wakefield, denies murdering Stephen Ashworth, 45, in the early "
            "hours of 9 February. The trial at Leeds Crown Court is expected to last three weeks."
        ),
        "2003-10-22",
        [
            ("the early hours of 9 February", "DATE", "2003-02-09", "START"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
    (
        (
            "On Thursday they sent two notes to U.S. District Judge Karen Liu, one asking to rehear "
            "testimony from a former aide and another asking whether they could consider evidence "
            "from before January 2012, when the alleged bribery scheme began.\n\nLiu told them to rely "
            "on their collective memory and the written instructions. The jury was dismissed at 4:45 "
            "p.m. and court will not sit today because the judge has a previously scheduled "
            "sentencing in another case."
        ),
        "2018-04-27",
        [
            ("Thursday", "DATE", "2018-04-26"),
            ("January 2012", "DATE", "2012-01"),
            ("4:45 p.m.", "TIME", "2018-04-26T16:45"),
            ("today", "DATE", "2018-04-27"),
        ],
    ),
    (
        (
            "Briggs is the fifth person exonerated in Baltimore since 2019 and the 12th in the past "
            "five years, according to the National Registry of Exonerations."
        ),
        "2020-02-13",
        [("2019", "DATE", "2019"), ("the past five years", "DURATION", "P5Y")],
    ),
    (
        (
            "DUZCE, Turkey (AP) - Rescue workers clawed through the rubble of collapsed apartment "
            "blocks on Saturday, searching for survivors of a magnitude 7.2 earthquake that struck "
            "northwestern Turkey on Friday evening, killing at least 370 people and injuring more "
            "than 3,000.\n\nThe quake hit at 6:57 p.m. (1657 GMT) and lasted about 30 seconds, the "
            "Kandilli Observatory in Istanbul said."
        ),
        "1999-11-13",
        [
            ("Saturday", "DATE", "1999-11-13"),
            ("Friday evening", "TIME", "1999-11-12TEV"),
            ("6:57 p.m.", "TIME", "1999-11-12T18:57"),
            ("1657 GMT", "TIME", "1999-11-12T16:57Z"),
            ("30 seconds", "DURATION", "PT30S", "APPROX"),
        ],
    ),
    (
        (
            "WASHINGTON (AP) — Democrats gained five seats in the House of Representatives in "
            "Tuesday's midterm elections, bucking a pattern that had held for more than six decades "
            "and leaving Republican leaders to explain the setback early Wednesday.\n\nWith ballots "
            "counted in all but a handful of districts by 3 a.m. EST, Republicans kept a 223-211 "
            "majority, the narrowest margin for a governing party in the House since the 1950s."
        ),
        "1998-11-04",
        [
            ("Tuesday", "DATE", "1998-11-03"),
            ("more than six decades", "DURATION", "P60Y", "MORE_THAN"),
            ("early Wednesday", "DATE", "1998-11-04", "START"),
            ("3 a.m. EST", "TIME", "1998-11-04T03:00-05:00"),
            ("the 1950s", "DATE", "195"),
        ],
    ),
    (
        (
            '"The voters spoke last night, and they told us to get back to work," said Rep. Thomas '
            "Keller of Ohio, who led the Democratic campaign committee.\n\nRepublican strategists had "
            "predicted as recently as last week that the party would add 10 to 20 seats.\n\nTwo "
            "incumbents lost, one in North Carolina and one in New York, where the race was not "
            "called until after 1 a.m."
        ),
        "1998-11-04",
        [
            ("last night", "TIME", "1998-11-03TNI"),
            ("last week", "DATE", "1998-W44"),
            ("1 a.m.", "TIME", "1998-11-04T01:00"),
        ],
    ),
    (
        (
            "The understanding, announced at the Red Sea resort of Sharm el-Sheikh shortly after "
            "1200 GMT on Tuesday, calls on both sides to make public statements against violence and "
            "to restore security cooperation within 48 hours. It also sets up a fact-finding "
            "committee to look into nearly three weeks of clashes that have killed more than 100 "
            "people, most of them Palestinians.\n\n\"Tuesday's commitments will be judged by what "
            'happens on the ground, not by what was said in Egypt," an Israeli cabinet minister told '
            "army radio."
        ),
        "2000-10-18",
        [
            ("1200 GMT on Tuesday", "TIME", "2000-10-17T12:00Z"),
            ("48 hours", "DURATION", "PT48H"),
            ("nearly three weeks", "DURATION", "P3W", "APPROX"),
            ("Tuesday", "DATE", "2000-10-17"),
        ],
    ),
    (
        (
            "Chirac, 69, thanked voters at a rally on the Place de la Republique shortly after 10 "
            'p.m. Sunday. "You have chosen to defend the Republic," he said. "Tomorrow I will get to '
            'work."'
        ),
        "2002-05-06",
        [("10 p.m. Sunday", "TIME", "2002-05-05T22:00"), ("Tomorrow", "DATE", "2002-05-06")],
    ),
    (
        (
            'The chief inspector told council members on Monday that his teams had needed "months, '
            'not years" to finish their work.'
        ),
        "2003-03-18",
        [("Monday", "DATE", "2003-03-17"), ("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")],
    ),
    (
        (
            "Market participants now turn their attention to Friday's employment report for "
            "February, which could show that the economy added as many as 250,000 jobs last month."
        ),
        "1990-03-08",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "1990-03-09"),
            ("February", "DATE", "1990-02"),
            ("last month", "DATE", "1990-02"),
        ],
    ),
    (
        (
            "On Wednesday alone, 40,000 people arrived at the Blace border crossing, and aid workers "
            "said they expected as many again over the weekend."
        ),
        "1999-04-01",
        [("Wednesday", "DATE", "1999-03-31"), ("the weekend", "DATE", "1999-W13-WE")],
    ),
    (
        (
            "The Middle East peace summit at Camp David ended without an agreement on Tuesday after "
            "15 days of negotiations that foundered on the future of Jerusalem, and President "
            "Clinton said the two delegations would now return home to consult their publics."
        ),
        "2000-07-26",
        [("Tuesday", "DATE", "2000-07-25"), ("15 days", "DURATION", "P15D"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "The rain began on the afternoon of Tuesday, June 20, 1972, as the remnants of a "
            "tropical storm stalled over the valley. By Wednesday night the gauge at the Front "
            "Street bridge read 19 feet, twice its normal level. At 3:40 a.m. on June 22 the river "
            "topped the levee behind the old tannery, and within two hours water stood six feet deep "
            "on Main Street."
        ),
        "2022-06-23",
        [
            ("the afternoon of Tuesday, June 20, 1972", "TIME", "1972-06-20TAF"),
            ("Wednesday night", "TIME", "1972-06-21TNI"),
            ("3:40 a.m. on June 22", "TIME", "1972-06-22T03:40"),
            ("two hours", "DURATION", "PT2H"),
        ],
    ),
    (
        (
            "The 1970 census counted 4,900 residents in Millbrook; by 1980 the figure was 3,100. "
            "Today about 2,800 people live here."
        ),
        "2022-06-23",
        [("1970", "DATE", "1970"), ("1980", "DATE", "1980"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Forecasters had called for a major storm, but few people took them seriously. A "
            "predicted storm in mid-January had fizzled, and on the morning of Monday, Feb. 6, 1978, "
            "most offices and schools in the region opened as usual."
        ),
        "2018-02-06",
        [
            ("mid-January", "DATE", "1978-01", "MID"),
            ("the morning of Monday, Feb. 6, 1978", "TIME", "1978-02-06TMO"),
        ],
    ),
    (
        'Whitman, 71, now lives in Florida, where she spends winters - "all of them," she says.',
        "2018-02-06",
        [("now", "DATE", "PRESENT_REF"), ("winters", "SET", "XXXX-WI")],
    ),
    (
        (
            "It was Tuesday, Sept. 27, 1994, and the wind was already rising. At 1:24 a.m. on "
            "Wednesday (2324 GMT Tuesday), the ship sent its first Mayday."
        ),
        "2019-09-27",
        [
            ("Tuesday, Sept. 27, 1994", "DATE", "1994-09-27"),
            ("1:24 a.m. on Wednesday", "TIME", "1994-09-28T01:24"),
            ("2324 GMT Tuesday", "TIME", "1994-09-27T23:24Z"),
        ],
    ),
    (
        (
            "Giroux's farm was without power for 23 days. He milked his 60 cows twice a day with a "
            "borrowed generator, and for the first week he slept in the barn to keep it running."
        ),
        "2023-01-05",
        [
            ("23 days", "DURATION", "P23D"),
            ("twice a day", "SET", "P1D"),
            ("the first week", "DURATION", "P1W"),
        ],
    ),
    (
        (
            "The Fall Harvest 5K will march through downtown on Saturday, Oct. 14, starting at 8 "
            "a.m. Streets along the route will be closed from 7:30 a.m. until about 10:30 a.m., and "
            "runners are asked to pick up their bibs at the YMCA the night before."
        ),
        "2023-10-06",
        [
            ("Saturday, Oct. 14", "DATE", "2023-10-14"),
            ("8 a.m.", "TIME", "2023-10-14T08:00"),
            ("7:30 a.m.", "TIME", "2023-10-14T07:30"),
            ("about 10:30 a.m.", "TIME", "2023-10-14T10:30", "APPROX"),
            ("the night before", "TIME", "2023-10-13TNI"),
        ],
    ),
    (
        (
            'First Baptist Church invites the public to its Christmas cantata, "Night of Wonder," at '
            "6 p.m. Dec. 15. The choir has been rehearsing since early September."
        ),
        "2024-11-29",
        [("6 p.m. Dec. 15", "TIME", "2024-12-15T18:00"), ("early September", "DATE", "2024-09", "START")],
    ),
    (
        (
            "The library's Gingerbread House Contest is accepting entries through Friday, Dec. 20. "
            "Winners will be announced the following Monday."
        ),
        "2024-11-29",
        [("Friday, Dec. 20", "DATE", "2024-12-20"), ("the following Monday", "DATE", "2024-12-23")],
    ),
    (
        ("The summer concert series in Central Park continues this week with the Second Street Brass Band."),
        "2025-08-05",
        [("summer", "DATE", "2025-SU"), ("this week", "DATE", "2025-W32")],
    ),
    (
        (
            "Sagasta covered the 224-km stage from Toulouse in five hours 39 minutes 28 seconds, "
            "finishing 1:04 ahead of a chasing group that included all the main contenders."
        ),
        "2008-07-13",
        [("five hours 39 minutes 28 seconds", "DURATION", "PT5H39M28S"), ("1:04", "DURATION", "PT1M4S")],
    ),
    (
        (
            "The leaders passed halfway in 14:05, a pace that suited the Ethiopian's finishing "
            "speed, before Korir surged with two laps left."
        ),
        "2000-09-25",
        [("14:05", "DURATION", "PT14M5S")],
    ),
    (
        (
            "Australian Tom Pryce kept the yellow jersey he took on Thursday and leads the race by "
            "21 seconds going into Monday's rest day."
        ),
        "2008-07-13",
        [
            ("Thursday", "DATE", "2008-07-10"),
            ("21 seconds", "DURATION", "PT21S"),
            ("Monday", "DATE", "2008-07-14"),
        ],
    ),
    (
        (
            "Earlier on Monday, Australian Jane Moreton qualified fastest for Wednesday's 400 metres "
            "hurdles final."
        ),
        "2000-09-25",
        [("Monday", "DATE", "2000-09-25"), ("Wednesday", "DATE", "2000-09-27")],
    ),
    (
        (
            "Organisers said on Saturday that more than 2.1 million tickets had been sold for "
            "athletics since the Games opened on Sept. 15, and that Monday night's session drew a "
            "crowd of 112,524, a record for the stadium."
        ),
        "2000-09-25",
        [
            ("Saturday", "DATE", "2000-09-23"),
            ("Sept. 15", "DATE", "2000-09-15"),
            ("Monday night", "TIME", "2000-09-25TNI"),
        ],
    ),
    (
        (
            "Economic growth slowed to an annual rate of 2.2 percent in the third quarter from 5.6 "
            "percent in the second quarter, and many analysts expect fourth-quarter growth to come "
            "in below 2 percent when the Commerce Department releases its advance estimate later "
            "this month."
        ),
        "2001-01-03",
        [
            ("the third quarter", "DATE", "2000-Q3"),
            ("the second quarter", "DATE", "2000-Q2"),
            ("fourth-quarter", "DATE", "2000-Q4"),
            ("later this month", "DATE", "2001-01", "END"),
        ],
    ),
    (
        (
            "The walkout began at 6:15 a.m. on Monday, March 5, 1984, when the morning shift refused "
            'to clock in after management announced a 9 percent pay cut. "I was 19 and thought it '
            'would last a few days," said Doreen Pask, now 59, who still lives two streets from the '
            'old mill. "We didn\'t go back until February."'
        ),
        "2024-03-09",
        [
            ("6:15 a.m. on Monday, March 5, 1984", "TIME", "1984-03-05T06:15"),
            ("a few days", "DURATION", "PXD"),
            ("now", "DATE", "PRESENT_REF"),
            ("February", "DATE", "1985-02"),
        ],
    ),
    (
        (
            "Today, fewer than 300 people in the town work in manufacturing, according to council "
            "figures released earlier this month. In 1984 the figure was nearly 4,000."
        ),
        "2024-03-09",
        [
            ("Today", "DATE", "PRESENT_REF"),
            ("earlier this month", "DATE", "2024-03", "START"),
            ("1984", "DATE", "1984"),
        ],
    ),
    (
        (
            "The first call reached the fire department at 11:42 p.m. on Saturday, Dec. 4, 1971. She "
            "spent nine weeks in the burn unit at St. Luke's and the rest of that winter learning to "
            'write with her left hand. "People ask if I still think about it," Lindqvist, 67, said '
            "Tuesday from her home in Tucson. A grand jury met the following spring, and the owner "
            "was indicted in May 1972 on 19 counts of manslaughter."
        ),
        "2021-12-02",
        [
            ("11:42 p.m. on Saturday, Dec. 4, 1971", "TIME", "1971-12-04T23:42"),
            ("nine weeks", "DURATION", "P9W"),
            ("that winter", "DATE", "1971-WI"),
            ("Tuesday", "DATE", "2021-11-30"),
            ("the following spring", "DATE", "1972-SP"),
            ("May 1972", "DATE", "1972-05"),
        ],
    ),
    (
        (
            "The tragedy changed the city's fire code almost overnight. Within six months, the "
            "council required sprinkler systems in every hall that held more than 200 people, and "
            "inspectors began visiting dance venues twice a year."
        ),
        "2021-12-02",
        [("six months", "DURATION", "P6M"), ("twice a year", "SET", "P1Y")],
    ),
    (
        ("The county got its first outdoor warning sirens in 1966. Today it has 41, tested monthly."),
        "2015-04-11",
        [("1966", "DATE", "1966"), ("Today", "DATE", "PRESENT_REF"), ("monthly", "SET", "P1M")],
    ),
    (
        (
            "Flights were expected to resume at 6 am on Tuesday.\n\nThe airport sit-in began on Friday "
            "and swelled after violent clashes in several districts over the weekend."
        ),
        "2019-08-12",
        [
            ("6 am on Tuesday", "TIME", "2019-08-13T06:00"),
            ("Friday", "DATE", "2019-08-09"),
            ("the weekend", "DATE", "2019-W32-WE"),
        ],
    ),
    (
        (
            "Kenyatta, who was declared the winner with 54 percent of the vote on 11 August, said in "
            "a televised address at 2 p.m. that he disagreed with the decision but would respect it."
        ),
        "2017-09-01",
        [("11 August", "DATE", "2017-08-11"), ("2 p.m.", "TIME", "2017-09-01T14:00")],
    ),
    (
        (
            "Barack Obama has become the first sitting US president to visit Cuba in almost 90 "
            "years, arriving in Havana on Sunday for a three-day trip aimed at burying decades of "
            "Cold War hostility."
        ),
        "2016-03-21",
        [
            ("almost 90 years", "DURATION", "P90Y", "LESS_THAN"),
            ("Sunday", "DATE", "2016-03-20"),
            ("three-day", "DURATION", "P3D"),
            ("decades", "DURATION", "PXY"),
        ],
    ),
    (
        (
            "Chief Justice David Maraga said the 8 August poll had not been conducted in accordance "
            'with the constitution and that the election commission had committed "irregularities '
            'and illegalities" in transmitting results.'
        ),
        "2017-09-01",
        [("8 August", "DATE", "2017-08-08")],
    ),
    (
        (
            "NASA's most ambitious Mars rover is set to lift off on Saturday morning, beginning a "
            "journey of more than eight months to the red planet.\n\nThe car-size rover, named "
            "Curiosity, is scheduled to launch atop an Atlas V rocket at 10:02 a.m. EST (1502 GMT) "
            "from Cape Canaveral Air Force Station."
        ),
        "2011-11-25",
        [
            ("Saturday morning", "TIME", "2011-11-26TMO"),
            ("more than eight months", "DURATION", "P8M", "MORE_THAN"),
            ("10:02 a.m. EST", "TIME", "2011-11-26T10:02-05:00"),
            ("1502 GMT", "TIME", "2011-11-26T15:02Z"),
        ],
    ),
    (
        (
            "The phone, which combines a music player, a camera and a web browser, will go on sale "
            "in the United States in June, with Europe to follow in the fourth quarter and Asia in "
            "2008."
        ),
        "2007-01-10",
        [("June", "DATE", "2007-06"), ("the fourth quarter", "DATE", "2007-Q4"), ("2008", "DATE", "2008")],
    ),
    (
        (
            "Microsoft chairman Bill Gates, in his keynote on Sunday night, predicted that within a "
            "decade most homes would be connected."
        ),
        "2007-01-10",
        [("Sunday night", "TIME", "2007-01-07TNI"), ("a decade", "DURATION", "P10Y")],
    ),
    (
        (
            "BAGHDAD, Iraq (AP) -- U.N. weapons inspectors could return to Iraq as early as Tuesday, "
            "the chief inspector said Sunday, after Saddam Hussein's government backed down and "
            "promised full cooperation hours before U.S. warplanes were to strike."
        ),
        "1998-11-15",
        [("Tuesday", "DATE", "1998-11-17"), ("Sunday", "DATE", "1998-11-15"), ("hours", "DURATION", "PTXH")],
    ),
    (
        (
            "Deputy Treasury Secretary Lawrence H. Summers is expected to arrive in Jakarta early "
            "next week, and Stanley Fischer, the IMF's first deputy managing director, was scheduled "
            "to fly in on Sunday."
        ),
        "1998-01-09",
        [("early next week", "DATE", "1998-W03", "START"), ("Sunday", "DATE", "1998-01-11")],
    ),
    (
        (
            "Gore, speaking briefly outside the vice president's residence in Washington shortly "
            'after midnight, said the ruling meant "every vote will be counted." He has not appeared '
            "in public since Saturday. The election was held on Nov. 7, two weeks ago. That night, "
            "television networks called Florida first for Gore, then for Bush, then declared it too "
            "close to call. A machine recount the next day narrowed Bush's lead to a few hundred "
            "votes."
        ),
        "2000-11-22",
        [
            ("midnight", "TIME", "2000-11-22T00:00"),
            ("Saturday", "DATE", "2000-11-18"),
            ("Nov. 7", "DATE", "2000-11-07"),
            ("two weeks ago", "DATE", "2000-W45"),
            ("That night", "TIME", "2000-11-07TNI"),
            ("the next day", "DATE", "2000-11-08"),
        ],
    ),
    (
        (
            "Security is tight, partly because of the TWA crash and partly because of the bombing of "
            "the World Trade Center in February 1993. Officials say an additional 11,000 troops have "
            "been deployed since early July."
        ),
        "1996-07-20",
        [("February 1993", "DATE", "1993-02"), ("early July", "DATE", "1996-07", "START")],
    ),
    (
        (
            "The 729-foot ore carrier left Superior, Wis., on the afternoon of Sunday, Nov. 9, 1975, "
            "loaded with 26,116 tons of taconite pellets. By Monday morning the storm had turned "
            "vicious, with gusts topping 80 mph and waves of 25 feet.\n\nAt 7:10 that evening, Capt. "
            'Ernest McSorley radioed the Arthur M. Anderson, trailing some 10 miles behind: "We are '
            'holding our own." Shortly afterward the Fitzgerald disappeared from radar. No distress '
            'call was ever sent.\n\n"You may think you know the story from the song," said Dan '
            "Kowalski, now 72, who was a deckhand on a search vessel that night. \"You don't know the "
            'sound of that wind." Kowalski spoke last week from his home in Marquette, Mich., where '
            "he has lived for the past four decades.\n\nThe search began before midnight and went on "
            "for three days."
        ),
        "2025-11-08",
        [
            ("the afternoon of Sunday, Nov. 9, 1975", "TIME", "1975-11-09TAF"),
            ("Monday morning", "TIME", "1975-11-10TMO"),
            ("7:10", "TIME", "1975-11-10T19:10"),
            ("that evening", "TIME", "1975-11-10TEV"),
            ("now", "DATE", "PRESENT_REF"),
            ("that night", "TIME", "1975-11-10TNI"),
            ("last week", "DATE", "2025-W44"),
            ("the past four decades", "DURATION", "P40Y"),
            ("midnight", "TIME", "1975-11-10T24:00"),
            ("three days", "DURATION", "P3D"),
        ],
    ),
    (
        (
            "Forty years ago tonight, at 9:27 p.m., the lights went out across New York City.\n\nIt "
            "was a Wednesday, hot and sticky, and the city already felt as if it were coming apart. "
            "Lightning had struck a Con Edison substation in Westchester County at 8:37 p.m., and a "
            "cascade of failures followed over the next hour. By 9:36 p.m., nearly all of the five "
            "boroughs were dark.\n\nPower would not be fully restored until late the next night, 25 "
            "hours later."
        ),
        "2017-07-13",
        [
            ("Forty years ago tonight", "TIME", "1977-07-13TNI"),
            ("9:27 p.m.", "TIME", "1977-07-13T21:27"),
            ("a Wednesday", "DATE", "XXXX-WXX-3"),
            ("8:37 p.m.", "TIME", "1977-07-13T20:37"),
            ("the next hour", "DURATION", "PT1H"),
            ("9:36 p.m.", "TIME", "1977-07-13T21:36"),
            ("late the next night", "TIME", "1977-07-14TNI", "END"),
            ("25 hours", "DURATION", "PT25H"),
        ],
    ),
    (
        (
            "That was Saturday, March 16, 1985. Forty years later, people in Ridgeview still talk "
            'about "the Shot."\n\n"I\'ve told it so many times I may have changed it," Dell, now 57 and '
            "an assistant principal in Tulsa, said by phone Tuesday. \"But I know I didn't look at "
            'the clock."\n\nThe Class 3A final tipped off at 7:30 p.m. before a crowd of 8,412, still '
            "a record for the tournament. Ridgeview, a school of about 600 students, had lost to "
            "Carver by 14 points in January, and the Tigers"
        ),
        "2025-03-14",
        [
            ("Saturday, March 16, 1985", "DATE", "1985-03-16"),
            ("Forty years later", "DATE", "2025"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2025-03-11"),
            ("7:30 p.m.", "TIME", "1985-03-16T19:30"),
            ("January", "DATE", "1985-01"),
        ],
    ),
    (
        (
            "The sirens began wailing on Friday, June 23, 1972, before most of Wilkes-Barre was "
            "awake. By 11 a.m., the Susquehanna River was pouring over the dikes, and by the "
            "following morning it had crested at nearly 41 feet, some 4 feet higher than the levees "
            "were built to hold.\n\nAgnes had come ashore in the Florida Panhandle as a minimal "
            "hurricane the previous Monday and had weakened to a tropical storm by the time it "
            'reached Pennsylvania. But it stalled, and for three days the rain did not stop.\n\n"My '
            'father kept saying the river would never come over," said Joan Mikulski, who was 14 '
            "that summer and is now 64. She spoke Tuesday at her kitchen table in Kingston, in the "
            'same house her family rebuilt after the water receded. "On Saturday morning we watched '
            'our piano float past the window."'
        ),
        "2022-06-23",
        [
            ("Friday, June 23, 1972", "DATE", "1972-06-23"),
            ("11 a.m.", "TIME", "1972-06-23T11:00"),
            ("the following morning", "TIME", "1972-06-24TMO"),
            ("the previous Monday", "DATE", "1972-06-19"),
            ("three days", "DURATION", "P3D"),
            ("that summer", "DATE", "1972-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2022-06-21"),
            ("Saturday morning", "TIME", "1972-06-24TMO"),
        ],
    ),
    (
        (
            'His 1956 album "Blue Tuesday" sold modestly at the time but has been reissued four '
            "times since, most recently in 1996."
        ),
        "1998-03-04",
        [("1956", "DATE", "1956"), ("the time", "DATE", "PAST_REF"), ("1996", "DATE", "1996")],
    ),
    (
        (
            "Richard K. Hollis, chairman and chief executive officer, said in a statement that the "
            'company expects "a modest improvement" in the fourth quarter, but he cautioned that '
            "results for the full year will probably trail 1988's record $201 million. \"We may see "
            'some pressure on margins well into next year," he told analysts at a meeting Monday in '
            "New York.\n\nAnalysts had expected the company to earn about 95 cents a share for the "
            "latest quarter."
        ),
        "1989-10-25",
        [
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the full year", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("next year", "DATE", "1990"),
            ("Monday", "DATE", "1989-10-23"),
            ("the latest quarter", "DATE", "1989-Q3"),
        ],
    ),
    (
        (
            "The firm agreed last December to plead guilty to six felony counts and pay $650 million "
            "in fines and restitution, and its former junk-bond chief, Michael Milken, faces a trial "
            "scheduled to begin in March."
        ),
        "1989-11-02",
        [("last December", "DATE", "1988-12"), ("March", "DATE", "1990-03")],
    ),
    (
        (
            "Easter fell on March 26 this year, compared with April 3 in 1988, which shifted some "
            "spring business into March."
        ),
        "1989-04-18",
        [
            ("Easter", "DATE", "1989-03-26"),
            ("March 26 this year", "DATE", "1989-03-26"),
            ("April 3", "DATE", "1988-04-03"),
            ("1988", "DATE", "1988"),
            ("spring", "DATE", "1989-SP"),
            ("March", "DATE", "1989-03"),
        ],
    ),
    (
        (
            "For fiscal 2006, which ends in late January, the company now expects earnings of $1.85 "
            "to $1.92 a share, up from its previous forecast of $1.78 to $1.86 given in May."
        ),
        "2006-08-15",
        [
            ("fiscal 2006", "DATE", "2006"),
            ("late January", "DATE", "2007-01", "END"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2006-05"),
        ],
    ),
    (
        (
            "Chief Executive Lorraine Aubert, 58, who took over in January 2008, said the company "
            "would hold its analyst meeting on Sept. 16 in New York, where it plans to lay out "
            "targets for the next five years."
        ),
        "2009-07-23",
        [
            ("January 2008", "DATE", "2008-01"),
            ("Sept. 16", "DATE", "2009-09-16"),
            ("the next five years", "DURATION", "P5Y"),
        ],
    ),
    (
        "The board will decide on a dividend for the full year in early February, Solberg said.",
        "2013-10-31",
        [("the full year", "DATE", "2013"), ("early February", "DATE", "2014-02", "START")],
    ),
    (
        (
            "Nordavik cut its production target for 2013 to about 320,000 barrels a day from 330,000 "
            "and said output will rise in the second half of next year as the Halvard field starts "
            "pumping."
        ),
        "2013-10-31",
        [("2013", "DATE", "2013"), ("the second half of next year", "DATE", "2014-H2")],
    ),
    (
        (
            "Nov. 2: Police responded to a report of a loud party on Chestnut Street at 11:20 p.m. "
            "The homeowner agreed to end the gathering by midnight."
        ),
        "2024-11-08",
        [
            ("Nov. 2", "DATE", "2024-11-02"),
            ("11:20 p.m.", "TIME", "2024-11-02T23:20"),
            ("midnight", "TIME", "2024-11-02T24:00"),
        ],
    ),
    (
        (
            "The next one is March 9, the day daylight saving time begins, so organizers remind "
            "diners to set their clocks ahead Saturday night."
        ),
        "2025-03-05",
        [("March 9", "DATE", "2025-03-09"), ("Saturday night", "TIME", "2025-03-08TNI")],
    ),
    (
        (
            "The first shift will run overnight, from 7 p.m. Monday to 6 a.m. Tuesday, to avoid "
            "rush-hour traffic, according to PennDOT spokesman Carl Hughes."
        ),
        "2025-06-20",
        [
            ("overnight", "TIME", "2025-06-23TNI"),
            ("7 p.m. Monday", "TIME", "2025-06-23T19:00"),
            ("6 a.m. Tuesday", "TIME", "2025-06-24T06:00"),
        ],
    ),
    (
        (
            "The injury comes at a bad time. Los Angeles plays three of its next four games on the "
            "road, starting with Sunday's trip to Kansas City, where the Chargers have lost five "
            "straight. Kickoff is set for 1:25 p.m. PDT."
        ),
        "2018-09-12",
        [("Sunday", "DATE", "2018-09-16"), ("1:25 p.m. PDT", "TIME", "2018-09-16T13:25-07:00")],
    ),
    (
        (
            "FC Valmont coach Stefan Richter named an unchanged squad on Tuesday for Wednesday's "
            "Champions League semifinal second leg against Dinamo Severin, which kicks off at 8:45 "
            "p.m. local time (1845 GMT)."
        ),
        "2008-04-29",
        [
            ("Tuesday", "DATE", "2008-04-29"),
            ("Wednesday", "DATE", "2008-04-30"),
            ("8:45 p.m.", "TIME", "2008-04-30T20:45"),
            ("1845 GMT", "TIME", "2008-04-30T18:45Z"),
        ],
    ),
    (
        (
            "Authorities said Daniel R. Keller, 31, opened fire inside a sporting goods store at "
            "6:45 p.m. Monday, then fled to the parking lot, where he traded shots with officers for "
            "nearly 10 minutes before he was killed. Two of the victims were store employees; the "
            'third was a 62-year-old customer who was shopping with her grandson.\n\n"He may have been '
            'planning this for weeks," Police Chief Rodney Marsh said at a news conference early '
            'Tuesday. "We\'re still trying to figure out why he picked this store."\n\nThe first 911 '
            "calls came in at 6:47 p.m., and officers arrived within four minutes, Marsh said."
        ),
        "2014-04-22",
        [
            ("6:45 p.m. Monday", "TIME", "2014-04-21T18:45"),
            ("nearly 10 minutes", "DURATION", "PT10M", "APPROX"),
            ("weeks", "DURATION", "PXW"),
            ("early Tuesday", "DATE", "2014-04-22", "START"),
            ("6:47 p.m.", "TIME", "2014-04-21T18:47"),
            ("four minutes", "DURATION", "PT4M"),
        ],
    ),
    (
        (
            "BEIJING, Jan. 8 (Xinhua) -- China's Spring Festival travel rush, the world's largest "
            "seasonal human migration, kicked off on Sunday, with an estimated 3.16 billion "
            "passenger trips to be made during the 40-day period."
        ),
        "2012-01-08",
        [
            ("Jan. 8", "DATE", "2012-01-08"),
            ("Spring Festival", "DATE", "2012-01-23"),
            ("Sunday", "DATE", "2012-01-08"),
            ("the 40-day period", "DURATION", "P40D"),
        ],
    ),
    (
        (
            "The Prime Minister last night completed the most sweeping reshuffle of his 15 months in "
            "office, sacking four Cabinet ministers and promoting a string of younger MPs before the "
            "Commons breaks for the summer on Friday."
        ),
        "1998-07-28",
        [
            ("last night", "TIME", "1998-07-27TNI"),
            ("15 months", "DURATION", "P15M"),
            ("the summer", "DATE", "1998-SU"),
            ("Friday", "DATE", "1998-07-31"),
        ],
    ),
    (
        (
            "Ostrow, whose finish was his worst since he entered the race in the spring of 2002, "
            'said he would stay in "through March and beyond."'
        ),
        "2004-01-20",
        [("the spring of 2002", "DATE", "2002-SP"), ("March and beyond", "DATE", "2004-03", "ON_OR_AFTER")],
    ),
    (
        (
            "Strikers, who receive $100 a week in strike benefits, plan to march through downtown "
            'Seattle on Saturday. "March With Us," read the hand-lettered signs at the main gate.'
        ),
        "1989-10-24",
        [("Saturday", "DATE", "1989-10-28")],
    ),
    (
        (
            "At Chicago's O'Hare International Airport, airlines canceled more than 1,200 flights on "
            "Tuesday, according to tracking site FlightAware, and another 600 were already scrubbed "
            "for Wednesday."
        ),
        "2024-01-09",
        [("Tuesday", "DATE", "2024-01-09"), ("Wednesday", "DATE", "2024-01-10")],
    ),
    (
        (
            "Schools in Milwaukee and Madison announced closures for Wednesday as well. Last week, a "
            "smaller system dropped 6 inches on the same area, and forecasters say a third storm "
            "could arrive early next week."
        ),
        "2024-01-09",
        [
            ("Wednesday", "DATE", "2024-01-10"),
            ("Last week", "DATE", "2024-W01"),
            ("early next week", "DATE", "2024-W03", "START"),
        ],
    ),
    (
        (
            "Holiday travelers faced long security lines and scattered delays on Friday as the peak "
            "holiday rush got under way, with a storm system threatening to complicate plans in the "
            "Northeast over the weekend."
        ),
        "2024-12-20",
        [("Friday", "DATE", "2024-12-20"), ("the weekend", "DATE", "2024-W51-WE")],
    ),
    (
        (
            "Labor Day travelers on the Gulf Coast were told to keep an eye on Tropical Storm "
            "Hollis, which formed in the southern Gulf of Mexico on Friday and is forecast to "
            "strengthen into a hurricane before making landfall along the Louisiana coast on Sunday "
            "night."
        ),
        "2024-08-30",
        [
            ("Labor Day", "DATE", "2024-09-02"),
            ("Friday", "DATE", "2024-08-30"),
            ("Sunday night", "TIME", "2024-09-01TNI"),
        ],
    ),
    (
        (
            '"This is the 13th national strike since the summer, and people are fed up," said Liam '
            "Stokes, 34, who commutes daily from Reading to London Paddington."
        ),
        "2023-03-07",
        [("the summer", "DATE", "2022-SU"), ("daily", "SET", "P1D")],
    ),
    (
        (
            "The central bank's governing council will meet every two weeks. Duisenberg said "
            "Thursday's meeting would leave unchanged the 3 percent interest rate the 11 central "
            "banks agreed on last month."
        ),
        "1999-01-04",
        [
            ("every two weeks", "SET", "P2W"),
            ("Thursday", "DATE", "1999-01-07"),
            ("last month", "DATE", "1998-12"),
        ],
    ),
    (
        (
            "DILI, East Timor (AP) -- Indonesian troops took control of this burning city on "
            "Wednesday as martial law went into effect across East Timor, but pro-Jakarta militiamen "
            "continued to loot and torch homes in defiance of the army.\n\nPresident B.J. Habibie "
            "declared martial law on Tuesday, effective at 12:01 a.m. Wednesday (1501 GMT Tuesday), "
            "after intense pressure from the United States, Australia and the United Nations to halt "
            "the violence."
        ),
        "1999-09-08",
        [
            ("Wednesday", "DATE", "1999-09-08"),
            ("Tuesday", "DATE", "1999-09-07"),
            ("12:01 a.m. Wednesday", "TIME", "1999-09-08T00:01"),
            ("1501 GMT Tuesday", "TIME", "1999-09-07T15:01Z"),
        ],
    ),
    (
        ("Metro Transit buses will run on a Sunday schedule Thursday and a Saturday schedule Friday."),
        "2024-11-25",
        [("Thursday", "DATE", "2024-11-28"), ("Friday", "DATE", "2024-11-29")],
    ),
    (
        (
            "Beginning June 2, the city will switch to every-other-week recycling pickup, a change "
            "the City Council approved last night on a 5-2 vote. Trash will still be collected "
            "weekly."
        ),
        "2025-05-21",
        [
            ("June 2", "DATE", "2025-06-02"),
            ("every-other-week", "SET", "P2W"),
            ("last night", "TIME", "2025-05-20TNI"),
            ("weekly", "SET", "P1W"),
        ],
    ),
    (
        (
            "The guards' 11 p.m. count on Monday, June 11, 1962, found all three in their bunks, or "
            "what looked like it."
        ),
        "2022-06-09",
        [("11 p.m.", "TIME", "1962-06-11T23:00"), ("Monday, June 11, 1962", "DATE", "1962-06-11")],
    ),
    (
        (
            "At 7:05 a.m. on Labor Day 1979, an earthen dam above Millbrook Falls gave way after "
            "three days of rain, sending a wall of water down the Tamsin River valley.\n\nA "
            "legislative inquiry that fall found that repairs ordered in 1974 were never carried out."
        ),
        "2019-08-29",
        [
            ("7:05 a.m. on Labor Day 1979", "TIME", "1979-09-03T07:05"),
            ("three days", "DURATION", "P3D"),
            ("that fall", "DATE", "1979-FA"),
            ("1974", "DATE", "1974"),
        ],
    ),
    (
        (
            "The Dow Jones Industrial Average ended last week at 2596.72, down 93.47 points for the "
            "week, and stands about 7% below its record close of 2791.41, set Oct. 9."
        ),
        "1989-10-30",
        [
            ("last week", "DATE", "1989-W43"),
            ("the week", "DATE", "1989-W43"),
            ("Oct. 9", "DATE", "1989-10-09"),
        ],
    ),
    (
        "Trading in Tokyo resumes at 9 a.m. local time tomorrow, or 7 p.m. EST today in New York.",
        "1990-02-27",
        [
            ("9 a.m.", "TIME", "1990-02-28T09:00"),
            ("tomorrow", "DATE", "1990-02-28"),
            ("7 p.m. EST today", "TIME", "1990-02-27T19:00-05:00"),
        ],
    ),
    (
        ("Retailers were mixed. Analysts expect sales in November and December to rise only 3% to 4%."),
        "1989-12-05",
        [("November", "DATE", "1989-11"), ("December", "DATE", "1989-12")],
    ),
    (
        (
            "Half received an injection of the drug at the start of the study, again three months "
            "later and then twice a year."
        ),
        "2019-03-12",
        [("three months", "DURATION", "P3M"), ("twice a year", "SET", "P1Y")],
    ),
    (
        (
            'Saturday 31 January 1953 began as an ordinary day in Saltfleet. "We were up there for '
            '17 hours," she told the Gazette on Monday. The family was rescued by an RAF dinghy late '
            "Sunday afternoon. Her younger brother, Peter, did not survive the winter; he died of "
            "pneumonia in March."
        ),
        "2023-02-01",
        [
            ("Saturday 31 January 1953", "DATE", "1953-01-31"),
            ("17 hours", "DURATION", "PT17H"),
            ("Monday", "DATE", "2023-01-30"),
            ("Sunday afternoon", "TIME", "1953-02-01TAF"),
            ("the winter", "DATE", "1952-WI"),
            ("March", "DATE", "1953-03"),
        ],
    ),
    (
        (
            "Peter, the President-elect got about four hours of sleep after his victory speech, "
            "which he delivered shortly after 11 p.m. Central time. By 9 o'clock this morning he was "
            "jogging, then had breakfast at a McDonald's."
        ),
        "1992-11-04",
        [
            ("four hours", "DURATION", "PT4H", "APPROX"),
            ("11 p.m. Central time", "TIME", "1992-11-04T23:00-06:00"),
            ("9 o'clock this morning", "TIME", "1992-11-04T09:00"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_35(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
