"""A thirty-fourth probe of news: obituaries, election coverage, business and markets news, features
that retell an old story or mark its anniversary, diplomatic news from agencies, sport, weather and
disaster coverage, Wall Street Journal copy of 1989-1990, broadcast transcripts, court reports,
science and health news, AQUAINT-like newswire of 1998-2000, local and community news, arts and
events listings, agency wires of 2012-2014, political news and foreign agencies' English wires
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A year that names an event frames its dates: "The vote in 2019 was held between April 11 and May
  19", "the last election in 2019, which was held in seven phases between April 11 and May 19".
- Which day a clock is on: not one an aside or a perfect participle names ("Weekly jobless
  claims, released Thursday, rose ... Treasury yields fell after the 8:30 a.m. release", "having
  carried the District of Columbia primary on Sunday ... polls closed at 7 p.m."); past the years
  of a career,
  the day the report told ("won the London Marathon yesterday ... third last April ... Organisers
  had warned on Saturday ... The elite men started at 10am"); in an old story's paragraph, its day
  whatever a modal says ("Monday, Feb. 6, 1978, was a school day ... by 2 p.m. the plows could no
  longer keep up").
- A timetable that opens on a day weeks ahead, told with its weekday ("The festival opens at 4
  p.m. Friday, Aug. 9 ... On Saturday, events begin at 7 a.m."), holds the weekdays after it and
  their clocks; "The holiday market runs Saturday and Sunday" is a fair's coming days.
- An old story: "On Sunday evening, April 9, 1961" is one time and the tornado's "7:42 p.m." is on
  it; "had warned the railroad on Wednesday" after "six days" of rain is the Wednesday before;
  "had been out since March" (the story's March), "through most of the summer" (its summer);
  "after Christmas, and on Saturday, March 9, 1963" (the Christmas before); "Fifty years ago
  Sunday" is one date, the anniversary's.
- Words: "He used to be out there in March" (any year's), "He last visited", "The House last held
  votes", "today and Monday" in a present clause, "the same day" after a participle's "last
  month", "this winter's warm weather left", written in March, "stretching back to March", "by the
  Fourth", "on track to", "the day before that it would launch", "the past 12 months before
  Wednesday's report", "Saturday lunchtime", "the following Sunday afternoon", "in future years",
  "during the month's bitter cold snap", "minutes after polls closed", "months sooner than", and
  "today" of a figure set against a past age ("down from about 4,000 in the 1950s", "from 1,900 in
  1960 to 860 today"); no time in "change overnight", "the midnight shift", "the midday sun", a
  race's "second half in 62 minutes", and no month in March the verb of an order or a slogan.
- Rounds six and seven: a fair told by its first and last days holds the weekdays of its
  programme, four paragraphs on ("will open Wednesday, Aug. 7, and run through Sunday, Aug. 11 ...
  Friday is Senior Day"); "that day" after a state's start ("killed since October 7 ... the Hamas
  attack that day"); a relative clause's day is no clock's ("the jurors, who had been sequestered
  since Wednesday morning ... at about 6:40 p.m."); "the next Thursday", "the Friday before" of an
  old story; "over the next week" (a length); "will begin releasing treated water as early as
  Thursday", "its annual corned beef and cabbage supper Saturday from 5 to 7 p.m." (an adjective's
  "-ed", no past); "provided building work is finished" (a condition); "had declared Wednesday a
  holiday" (gone by); "the rest of the summer"; and no time in "the 18th green", "shot 41% in the
  first half", "dozens of new patients a day".
- Round eight: a single quotation mark opens a quotation as a double one does ("'Monday was the
  worst day of my life,' she said"); hours "enforced" or "served" Monday through Saturday recur;
  "moves to Wednesday mornings" (every one); "posted a loss in the second quarter of 2000. In July,
  managers began hinting" (the quarter's year the sentence before closes on; not after "since
  1980").
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Shares of Harlow & Finch closed at $128.41 on Tuesday and have fallen about 11% since "
            "early August. The stock had gained 22% over the past 12 months before Wednesday's "
            "report."
        ),
        "2024-11-20",
        [
            ("Tuesday", "DATE", "2024-11-19"),
            ("early August", "DATE", "2024-08", "START"),
            ("the past 12 months", "DURATION", "P12M"),
            ("Wednesday", "DATE", "2024-11-20"),
        ],
    ),
    (
        (
            "U.S. employers added 187,000 jobs in July, fewer than economists had expected, while "
            "the unemployment rate edged down to 3.5%, the Labor Department reported Friday.\n\nWeekly "
            "jobless claims, released Thursday, rose by 6,000 to 227,000.\n\nTreasury yields fell "
            "after the 8:30 a.m. release.\n\nThe yield on the two-year note dropped to 4.78% by "
            "midday, and stocks opened higher before fading in the afternoon."
        ),
        "2023-08-04",
        [
            ("July", "DATE", "2023-07"),
            ("Friday", "DATE", "2023-08-04"),
            ("Weekly", "SET", "P1W"),
            ("Thursday", "DATE", "2023-08-03"),
            ("8:30 a.m.", "TIME", "2023-08-04T08:30"),
            ("two-year", "DURATION", "P2Y"),
            ("midday", "TIME", "2023-08-04T12:00"),
            ("the afternoon", "TIME", "2023-08-04TAF"),
        ],
    ),
    (
        (
            "Traders are also watching the European Union, whose ban on seaborne imports of Russian "
            "crude takes effect on Dec. 5. A price cap on Russian oil agreed last month by the Group "
            "of Seven is due to come into force the same day."
        ),
        "2022-10-07",
        [
            ("Dec. 5", "DATE", "2022-12-05"),
            ("last month", "DATE", "2022-09"),
            ("the same day", "DATE", "2022-12-05"),
        ],
    ),
    (
        (
            "She won only Vermont on Tuesday night, having carried the District of Columbia primary "
            "on Sunday.\n\nTrump, who was declared the winner in Virginia and North Carolina minutes "
            "after polls closed at 7 p.m. EST, is on track to clinch the 1,215 delegates needed for "
            "the nomination as soon as March 12, when Georgia, Mississippi and Washington state vote."
        ),
        "2024-03-06",
        [
            ("Tuesday night", "TIME", "2024-03-05TNI"),
            ("Sunday", "DATE", "2024-03-03"),
            ("minutes", "DURATION", "PTXM"),
            ("7 p.m. EST", "TIME", "2024-03-05T19:00-05:00"),
            ("March 12", "DATE", "2024-03-12"),
        ],
    ),
    (
        (
            "Nearly 970 million people are eligible to vote, about 6 percent more than in the last "
            "election in 2019, which was held in seven phases between April 11 and May 19 and was "
            "the world's largest democratic exercise."
        ),
        "2024-03-17",
        [("2019", "DATE", "2019"), ("April 11", "DATE", "2019-04-11"), ("May 19", "DATE", "2019-05-19")],
    ),
    (
        (
            "At 5:30 a.m. on Wednesday, Oct. 9, 1968, a methane explosion tore through the "
            "Consolidated Coal No. 6 mine, about a mile and a half from the portal. Seventy-eight "
            "men were underground on the midnight shift."
        ),
        "2018-10-12",
        [("5:30 a.m. on Wednesday, Oct. 9, 1968", "TIME", "1968-10-09T05:30")],
    ),
    (
        "Today, fewer than 900 people live in Calloway, down from about 4,000 in the 1950s.",
        "2018-10-12",
        [("Today", "DATE", "PRESENT_REF"), ("the 1950s", "DATE", "195")],
    ),
    (
        (
            "The town's population has dropped from 1,900 in 1960 to 860 today, and the grain "
            "elevator closed in 2009."
        ),
        "2021-04-08",
        [("1960", "DATE", "1960"), ("today", "DATE", "PRESENT_REF"), ("2009", "DATE", "2009")],
    ),
    (
        (
            "On Sunday evening, April 9, 1961, about 140 people were inside the church for a choir "
            "concert when the sky over the wheat fields west of town turned green. The tornado hit "
            "at 7:42 p.m., according to the clock that stopped on the fellowship hall wall."
        ),
        "2021-04-08",
        [
            ("Sunday evening, April 9, 1961", "TIME", "1961-04-09TEV"),
            ("7:42 p.m.", "TIME", "1961-04-09T19:42"),
        ],
    ),
    (
        (
            "The ministers also discussed North Korea's failed attempt to put a military spy "
            "satellite into orbit on May 31. Pyongyang had notified Japan's coast guard the day "
            "before that it would launch the rocket between May 31 and June 11, and has since vowed "
            'to make a second attempt "at an early date."'
        ),
        "2023-06-09",
        [
            ("May 31", "DATE", "2023-05-31"),
            ("the day before", "DATE", "2023-05-30"),
            ("May 31", "DATE", "2023-05-31"),
            ("June 11", "DATE", "2023-06-11"),
        ],
    ),
    (
        (
            "Park, 67, is scheduled to leave for Jakarta on the 12th for a three-day visit, and will "
            "return to Indonesia next month for the ASEAN Regional Forum. He last visited the "
            "country in December."
        ),
        "2023-06-09",
        [
            ("the 12th", "DATE", "2023-06-12"),
            ("three-day", "DURATION", "P3D"),
            ("next month", "DATE", "2023-07"),
            ("December", "DATE", "2022-12"),
        ],
    ),
    (
        (
            "The result extends Harrow's unbeaten home run to 11 league games, a sequence stretching "
            "back to March. They have not lost at Meadow Lane since a 1-0 defeat by Castleford on "
            "March 4."
        ),
        "2023-11-12",
        [("March", "DATE", "2023-03"), ("March 4", "DATE", "2023-03-04")],
    ),
    (
        "Ashford, beaten to the title by a point, begin at Redmarsh on Saturday lunchtime.",
        "2022-08-04",
        [("Saturday lunchtime", "TIME", "2022-08-06TMI")],
    ),
    (
        (
            "The Frenchman, who started from pole, completed the 53 laps in 1hr 15min 26.665sec to "
            "claim his second victory in eight days, following his maiden win in Belgium last "
            "Sunday. He is the first driver from his team to win at Monza since 2010."
        ),
        "2019-09-08",
        [
            ("1hr 15min 26.665sec", "DURATION", "PT1H15M26.665S"),
            ("eight days", "DURATION", "P8D"),
            ("last Sunday", "DATE", "2019-09-01"),
            ("2010", "DATE", "2010"),
        ],
    ),
    (
        "Results: 1. Moreau 1hr 15min 26.665sec; 2. Sato +0.835sec; 3. Holloway +35.199sec.",
        "2019-09-08",
        [
            ("1hr 15min 26.665sec", "DURATION", "PT1H15M26.665S"),
            ("0.835sec", "DURATION", "PT0.835S"),
            ("35.199sec", "DURATION", "PT35.199S"),
        ],
    ),
    (
        (
            '"I trained for the heat in January and February, running in the midday sun twice a '
            'week," Kiprono said.'
        ),
        "2018-04-23",
        [("January", "DATE", "2018-01"), ("February", "DATE", "2018-02"), ("twice a week", "SET", "P1W")],
    ),
    (
        '"We may look at moving the start earlier in future years," he said.',
        "2018-04-23",
        [("future years", "DATE", "FUTURE_REF")],
    ),
    (
        (
            "Mayor Thomas Menino says city crews will work around the clock through the weekend, and "
            "schools are closed today and Monday."
        ),
        "2013-02-08",
        [
            ("the weekend", "DATE", "2013-W06-WE"),
            ("today", "DATE", "2013-02-08"),
            ("Monday", "DATE", "2013-02-11"),
        ],
    ),
    (
        (
            "Producer prices jumped 0.7% in December, driven by a surge in energy and food costs "
            "during the month's bitter cold snap, the Labor Department said yesterday."
        ),
        "1990-01-12",
        [
            ("December", "DATE", "1989-12"),
            ("the month", "DATE", "1989-12"),
            ("yesterday", "DATE", "1990-01-11"),
        ],
    ),
    (
        (
            '"We\'ve had two years of inflation near 5%," said Donald Ratajczak of Georgia State '
            'University. "That\'s not going to change overnight, and the Fed knows it."'
        ),
        "1990-01-12",
        [("two years", "DURATION", "P2Y")],
    ),
    (
        '"March your family to the car and go," Levy County Sheriff Tom Bradley told residents.',
        "2023-08-29",
        [],
    ),
    (
        (
            'Students carried banners reading "March Against NATO" through the city center, and '
            "thousands gathered for a rock concert on a bridge over the Sava River."
        ),
        "1999-04-02",
        [],
    ),
    (
        (
            "A federal jury in Manhattan convicted a former hedge fund manager late Thursday on all "
            "nine counts of securities and wire fraud, capping a five-week trial that laid bare a "
            "scheme prosecutors said bilked investors out of more than $40 million.\n\nCastellanos "
            "thanked the jurors, who had been sequestered since Wednesday morning, and told them "
            "they were now free to discuss the case. One juror, who declined to give her name, said "
            'the panel went through the bank records "again and again" before reaching a decision at '
            "about 6:40 p.m."
        ),
        "2024-03-15",
        [
            ("late Thursday", "DATE", "2024-03-14", "END"),
            ("five-week", "DURATION", "P5W"),
            ("Wednesday morning", "TIME", "2024-03-13TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 6:40 p.m.", "TIME", "2024-03-14T18:40", "APPROX"),
        ],
    ),
    (
        (
            "The morning of Wednesday 14 November 1984 was cold and clear. Although most of the "
            "pit's 600 men had been out since March, a maintenance crew of 23 had gone down at 6am "
            "to keep the pumps running, safety cover the union had agreed to."
        ),
        "2024-11-14",
        [
            ("The morning of Wednesday 14 November 1984", "TIME", "1984-11-14TMO"),
            ("March", "DATE", "1984-03"),
            ("6am", "TIME", "1984-11-14T06:00"),
        ],
    ),
    (
        (
            "Monday, Feb. 6, 1978, was a school day, and forecasters had been wrong about snow twice "
            "already that winter, so most people went to work. By late morning flakes were coming "
            "down hard, and by 2 p.m. the plows could no longer keep up."
        ),
        "2018-02-05",
        [
            ("Monday, Feb. 6, 1978", "DATE", "1978-02-06"),
            ("that winter", "DATE", "1977-WI"),
            ("late morning", "TIME", "1978-02-06TMO", "END"),
            ("2 p.m.", "TIME", "1978-02-06T14:00"),
        ],
    ),
    (
        (
            "Fifty years ago Sunday, fire swept through the Hotel Marquette on Lake Street, killing "
            "19 people in what remains the deadliest blaze in the city's history.\n\nThe six-story "
            "hotel, built in 1911, was full that weekend. A wedding party from Duluth had taken most "
            "of the fourth floor, and the ballroom had been booked until 1 a.m. for the reception."
        ),
        "2008-11-28",
        [
            ("Fifty years ago Sunday", "DATE", "1958-11-30"),
            ("1911", "DATE", "1911"),
            ("that weekend", "DATE", "1958-W48-WE"),
            ("1 a.m.", "TIME", "1958-11-30T01:00"),
        ],
    ),
    (
        (
            "Fifty years ago Saturday, a team from a mill town of 4,000 people beat the biggest "
            "school in the state, and Dorrance has never quite gotten over it."
        ),
        "2013-03-08",
        [("Fifty years ago Saturday", "DATE", "1963-03-09")],
    ),
    (
        (
            "But they won 19 straight after Christmas, and on Saturday, March 9, 1963, they walked "
            "onto the floor of the State Fieldhouse in front of 9,200 fans to face Central of "
            "Capital City, the defending champion."
        ),
        "2013-03-08",
        [("Christmas", "DATE", "1962-12-25"), ("Saturday, March 9, 1963", "DATE", "1963-03-09")],
    ),
    (
        (
            "Monday, May 3, 1999, had been warm and muggy.\n\nCleanup crews worked 12-hour shifts "
            "through most of the summer."
        ),
        "2024-05-03",
        [
            ("Monday, May 3, 1999", "DATE", "1999-05-03"),
            ("12-hour", "DURATION", "PT12H"),
            ("the summer", "DATE", "1999-SU"),
        ],
    ),
    (
        (
            "The Millbrook City Council voted 5-2 Tuesday night to approve a $48.6 million operating "
            "budget that takes effect July 1, ending nearly three hours of sometimes heated debate. "
            "The vote came after a public hearing that drew about 60 residents, some of whom waited "
            "until 11 p.m. to speak."
        ),
        "2024-03-13",
        [
            ("Tuesday night", "TIME", "2024-03-12TNI"),
            ("July 1", "DATE", "2024-07-01"),
            ("nearly three hours", "DURATION", "PT3H", "APPROX"),
            ("11 p.m.", "TIME", "2024-03-12T23:00"),
        ],
    ),
    (
        (
            "The festival opens at 4 p.m. Friday, Aug. 9, with a pie-eating contest and the crowning "
            "of the Blueberry Queen. On Saturday, events begin at 7 a.m. with a 5K road race, "
            "followed by a parade down Main Street at 10 a.m. Fireworks are set for 9:15 p.m. "
            "Saturday over Mill Pond."
        ),
        "2024-07-18",
        [
            ("4 p.m. Friday, Aug. 9", "TIME", "2024-08-09T16:00"),
            ("Saturday", "DATE", "2024-08-10"),
            ("7 a.m.", "TIME", "2024-08-10T07:00"),
            ("10 a.m.", "TIME", "2024-08-10T10:00"),
            ("9:15 p.m. Saturday", "TIME", "2024-08-10T21:15"),
        ],
    ),
    (
        (
            "A pay-what-you-can performance is set for Monday, Feb. 20, and an audio-described "
            "performance will take place the following Sunday afternoon."
        ),
        "2023-02-09",
        [
            ("Monday, Feb. 20", "DATE", "2023-02-20"),
            ("the following Sunday afternoon", "TIME", "2023-02-26TAF"),
        ],
    ),
    (
        ("The Folk Museum's annual holiday market runs Saturday and Sunday and again Dec. 9 and 10."),
        "2023-11-28",
        [
            ("Saturday", "DATE", "2023-12-02"),
            ("Sunday", "DATE", "2023-12-03"),
            ("Dec. 9", "DATE", "2023-12-09"),
            ("10", "DATE", "2023-12-10"),
        ],
    ),
    (
        "The House last held votes on Sept. 19.",
        "2025-11-13",
        [("Sept. 19", "DATE", "2025-09-19")],
    ),
    (
        (
            "“March right on past Medicaid — that's the Republican plan,” said Rep. Brandon Woodard, "
            "the House minority leader, who noted that 40 states have already expanded the program."
        ),
        "2025-01-14",
        [],
    ),
    (
        (
            "Treasury Secretary Scott Bessent has warned that the government could exhaust its "
            "borrowing authority as early as mid-August, months sooner than the department had "
            "projected this spring."
        ),
        "2025-06-27",
        [
            ("mid-August", "DATE", "2025-08", "MID"),
            ("months", "DURATION", "PXM"),
            ("this spring", "DATE", "2025-SP"),
        ],
    ),
    (
        (
            "“We're going to get it done this weekend or early next week, and the president will "
            "have it by the Fourth,” Thune told reporters shortly after 11 a.m. Friday."
        ),
        "2025-06-27",
        [
            ("this weekend", "DATE", "2025-W26-WE"),
            ("early next week", "DATE", "2025-W27", "START"),
            ("the Fourth", "DATE", "2025-07-04"),
            ("11 a.m. Friday", "TIME", "2025-06-27T11:00"),
        ],
    ),
    (
        (
            "Brightwell last week reported better-than-expected results for the fiscal third "
            "quarter, which ended May 27, and said it was on track to complete a separate sale of "
            "its frozen-vegetables unit by Sept. 30."
        ),
        "2023-06-12",
        [
            ("last week", "DATE", "2023-W23"),
            ("the fiscal third quarter", "DATE", "2023-Q3"),
            ("May 27", "DATE", "2023-05-27"),
            ("Sept. 30", "DATE", "2023-09-30"),
        ],
    ),
    (
        (
            "St. Mark's Lutheran Church will hold its annual corned beef and cabbage supper Saturday "
            "from 5 to 7 p.m. in the fellowship hall."
        ),
        "2014-03-12",
        [
            ("Saturday", "DATE", "2014-03-15"),
            ("5", "TIME", "2014-03-15T17:00"),
            ("7 p.m.", "TIME", "2014-03-15T19:00"),
        ],
    ),
    (
        (
            "Story time for toddlers moves to Wednesday mornings during the summer, and the teen "
            "book club will meet every other Thursday starting June 16."
        ),
        "2016-05-26",
        [
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("the summer", "DATE", "2016-SU"),
            ("every other Thursday", "SET", "XXXX-WXX-4"),
            ("June 16", "DATE", "2016-06-16"),
        ],
    ),
    (
        (
            "Ollie Pope, who dislocated his shoulder in the field on Wednesday, is expected to miss "
            "the rest of the summer, and the selectors will name a squad for Headingley on Sunday."
        ),
        "2023-07-01",
        [
            ("Wednesday", "DATE", "2023-06-28"),
            ("the rest of the summer", "DATE", "2023-SU"),
            ("Sunday", "DATE", "2023-07-02"),
        ],
    ),
    (
        (
            "TOKYO, Aug. 22 (Kyodo) -- Japan will begin releasing treated radioactive water from the "
            "crippled Fukushima Daiichi nuclear power plant into the Pacific Ocean as early as "
            "Thursday, Prime Minister Fumio Kishida said Tuesday, despite opposition from local "
            "fishermen and neighboring countries.\n\nKishida made the decision at a meeting of "
            "relevant Cabinet ministers in the morning, after visiting the plant on Sunday and "
            "meeting with the head of the national fisheries federation in Tokyo on Monday."
        ),
        "2023-08-22",
        [
            ("Aug. 22", "DATE", "2023-08-22"),
            ("Thursday", "DATE", "2023-08-24"),
            ("Tuesday", "DATE", "2023-08-22"),
            ("the morning", "TIME", "2023-08-22TMO"),
            ("Sunday", "DATE", "2023-08-20"),
            ("Monday", "DATE", "2023-08-21"),
        ],
    ),
    (
        (
            "Health workers in South Kivu said clinics were seeing dozens of new patients a day, and "
            "that many stayed for up to three weeks until their lesions healed."
        ),
        "2024-08-19",
        [("up to three weeks", "DURATION", "P3W", "EQUAL_OR_LESS")],
    ),
    (
        (
            "Officials warned the situation may get worse before it gets better over the rest of the "
            "summer, as displacement around the camps near Goma continues."
        ),
        "2024-08-19",
        [("the rest of the summer", "DATE", "2024-SU")],
    ),
    (
        (
            "It will hold an investor day on Dec. 9 and plans to update its mid-term plan, which "
            "runs through fiscal 2027, early next year.\n\nRival automakers report results over the "
            "next week, with one scheduled to announce on Friday and another on Tuesday."
        ),
        "2025-11-05",
        [
            ("Dec. 9", "DATE", "2025-12-09"),
            ("fiscal 2027", "DATE", "2027"),
            ("early next year", "DATE", "2026", "START"),
            ("the next week", "DURATION", "P1W"),
            ("Friday", "DATE", "2025-11-07"),
            ("Tuesday", "DATE", "2025-11-11"),
        ],
    ),
    (
        (
            "Story time moves to Wednesday mornings for the summer, and the teen gaming club meets "
            "every other Thursday from 3 to 5 p.m."
        ),
        "2023-06-02",
        [
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("the summer", "DATE", "2023-SU"),
            ("every other Thursday", "SET", "XXXX-WXX-4"),
            ("3", "TIME", "XXXX-WXX-4T15:00"),
            ("5 p.m.", "TIME", "XXXX-WXX-4T17:00"),
        ],
    ),
    (
        (
            "The explosion, at 7:42 a.m. on Monday, Oct. 3, 1966, killed 14 workers, shattered "
            "windows 6 miles away in downtown Pell City and left a crater that engineers measured at "
            "90 feet across.\n\nFirefighters from five towns fought the fire through the afternoon and "
            "into the night. The last body was recovered the next Thursday."
        ),
        "2016-10-02",
        [
            ("7:42 a.m. on Monday, Oct. 3, 1966", "TIME", "1966-10-03T07:42"),
            ("the afternoon", "TIME", "1966-10-03TAF"),
            ("the night", "TIME", "1966-10-03TNI"),
            ("the next Thursday", "DATE", "1966-10-06"),
        ],
    ),
    (
        (
            "Dawson, the world number six, played in the final group and holed a 30-foot birdie putt "
            "on the 18th green at 7:25 p.m. to join Ferrer at the top.\n\nPlay was suspended for 45 "
            "minutes in the afternoon when a thunderstorm rolled in, and forecasters expect more "
            "rain on Saturday, with gusts of up to 40 mph."
        ),
        "2023-04-06",
        [
            ("7:25 p.m.", "TIME", "2023-04-06T19:25"),
            ("45 minutes", "DURATION", "PT45M"),
            ("the afternoon", "TIME", "2023-04-06TAF"),
            ("Saturday", "DATE", "2023-04-08"),
        ],
    ),
    (
        (
            "Suns: Chris Jordan missed his second straight game with back spasms. Phoenix shot 41% "
            "in the first half."
        ),
        "2023-03-14",
        [],
    ),
    (
        (
            "Newly promoted Luton Town, who are playing top-flight football for the first time since "
            "1992, open at Brighton and will play their first home game against Burnley on 26 "
            "August, provided building work at Kenilworth Road is finished in time."
        ),
        "2023-06-15",
        [("1992", "DATE", "1992"), ("26 August", "DATE", "2023-08-26")],
    ),
    (
        (
            "The Gaza health ministry said 23,210 people had been killed since October 7, including "
            "249 over the past day. Israel says 1,200 people were killed in the Hamas attack on "
            "southern Israel that day and about 240 taken hostage."
        ),
        "2024-01-09",
        [
            ("October 7", "DATE", "2023-10-07"),
            ("the past day", "DURATION", "P1D"),
            ("that day", "DATE", "2023-10-07"),
        ],
    ),
    (
        (
            "'It may sound strange, but I need to stand there,' she said. 'Forty years is a long "
            "time, and it is no time at all.'"
        ),
        "2025-12-18",
        [("Forty years", "DURATION", "P40Y")],
    ),
    (
        (
            "Orders had been falling since the late 1990s, and the company posted a loss of $38 "
            "million in the second quarter of 2000. In July, managers began hinting at "
            '"restructuring." The announcement came on Tuesday, Sept. 26, at a meeting in the '
            "cafeteria that lasted less than 10 minutes."
        ),
        "2025-09-26",
        [
            ("the late 1990s", "DATE", "199", "END"),
            ("the second quarter of 2000", "DATE", "2000-Q2"),
            ("July", "DATE", "2000-07"),
            ("Tuesday, Sept. 26", "DATE", "2000-09-26"),
            ("less than 10 minutes", "DURATION", "PT10M", "LESS_THAN"),
        ],
    ),
    (
        (
            "The festival opens Thursday, July 4, with the traditional parade down Main Street at 10 "
            "a.m., followed by the opening ceremony at Founders Park at noon. Parking will be banned "
            "on Main Street from 6 a.m. to 2 p.m. on parade day."
        ),
        "2024-06-12",
        [
            ("Thursday, July 4", "DATE", "2024-07-04"),
            ("10 a.m.", "TIME", "2024-07-04T10:00"),
            ("noon", "TIME", "2024-07-04T12:00"),
            ("6 a.m.", "TIME", "2024-07-04T06:00"),
            ("2 p.m.", "TIME", "2024-07-04T14:00"),
        ],
    ),
    (
        "The vote in 2019 was held between April 11 and May 19.",
        "2024-03-17",
        [("2019", "DATE", "2019"), ("April 11", "DATE", "2019-04-11"), ("May 19", "DATE", "2019-05-19")],
    ),
    (
        "He used to go to the lake in March.",
        "2019-11-08",
        [("March", "DATE", "XXXX-03")],
    ),
    (
        (
            "The ban takes effect on Dec. 5. A price cap agreed last month is due to come into force "
            "the same day."
        ),
        "2022-10-07",
        [
            ("Dec. 5", "DATE", "2022-12-05"),
            ("last month", "DATE", "2022-09"),
            ("the same day", "DATE", "2022-12-05"),
        ],
    ),
    (
        "He left Friday. Weekly claims rose.",
        "2023-08-04",
        [("Friday", "DATE", "2023-08-04"), ("Weekly", "SET", "P1W")],
    ),
    (
        "Schools are closed today and Monday.",
        "2013-02-08",
        [("today", "DATE", "2013-02-08"), ("Monday", "DATE", "2013-02-11")],
    ),
    (
        "He spoke today and on Monday.",
        "2013-02-08",
        [("today", "DATE", "2013-02-08"), ("Monday", "DATE", "2013-02-04")],
    ),
    (
        "The holiday market runs Saturday and Sunday.",
        "2023-11-28",
        [("Saturday", "DATE", "2023-12-02"), ("Sunday", "DATE", "2023-12-03")],
    ),
    (
        "He scored four runs on Sunday.",
        "2023-11-28",
        [("Sunday", "DATE", "2023-11-26")],
    ),
    (
        "Fifty years ago Saturday, the team won the title.",
        "2013-03-08",
        [("Fifty years ago Saturday", "DATE", "1963-03-09")],
    ),
    (
        "This winter's warm weather left stores with unsold coats.",
        "1990-03-08",
        [("This winter", "DATE", "1989-WI")],
    ),
    (
        (
            "Kiprono won the London Marathon yesterday in record heat. The Kenyan, runner-up in 2016 "
            "and third last April, covered the course well. Organisers had warned on Saturday that "
            "it would be hot. The elite men started at 10am."
        ),
        "2018-04-23",
        [
            ("yesterday", "DATE", "2018-04-22"),
            ("2016", "DATE", "2016"),
            ("last April", "DATE", "2017-04"),
            ("Saturday", "DATE", "2018-04-21"),
            ("10am", "TIME", "2018-04-22T10:00"),
        ],
    ),
    (
        (
            "On the night of Friday, Sept. 14, 1951, the span gave way. Rain had been falling for "
            "six days, and a county engineer had warned the railroad on Wednesday."
        ),
        "2017-09-13",
        [
            ("the night of Friday, Sept. 14, 1951", "TIME", "1951-09-14TNI"),
            ("six days", "DURATION", "P6D"),
            ("Wednesday", "DATE", "1951-09-12"),
        ],
    ),
    (
        "Trump was declared the winner minutes after polls closed.",
        "2024-03-06",
        [("minutes", "DURATION", "PTXM")],
    ),
    (
        (
            "The Pine County Fair will open Wednesday, Aug. 7, and run through Sunday, Aug. 11, the "
            "fair board announced Monday. Gates open at 9 a.m. daily.\n\nFriday is Senior Day, with "
            "free admission until 4 p.m. On Saturday the rodeo comes to town."
        ),
        "2024-07-15",
        [
            ("Wednesday, Aug. 7", "DATE", "2024-08-07"),
            ("Sunday, Aug. 11", "DATE", "2024-08-11"),
            ("Monday", "DATE", "2024-07-15"),
            ("9 a.m. daily", "SET", "XXXX-XX-XXT09:00"),
            ("Friday", "DATE", "2024-08-09"),
            ("4 p.m.", "TIME", "2024-08-09T16:00"),
            ("Saturday", "DATE", "2024-08-10"),
        ],
    ),
    (
        "The company will report results over the next week.",
        "2025-11-05",
        [("the next week", "DURATION", "P1W")],
    ),
    (
        "He holed a 12-foot putt on the 18th green at 7:25 p.m.",
        "2023-04-07",
        [("7:25 p.m.", "TIME", "2023-04-07T19:25")],
    ),
    (
        "The blast came on Monday, Oct. 3, 1966. The last body was recovered the next Thursday.",
        "2016-10-01",
        [("Monday, Oct. 3, 1966", "DATE", "1966-10-03"), ("the next Thursday", "DATE", "1966-10-06")],
    ),
    (
        (
            "The game was played on Thanksgiving Day, Nov. 28, 1963. Kennedy had been killed in "
            "Dallas the Friday before."
        ),
        "2023-11-20",
        [
            ("Thanksgiving Day, Nov. 28, 1963", "DATE", "1963-11-28"),
            ("the Friday before", "DATE", "1963-11-22"),
        ],
    ),
    (
        "Expect crowds for the rest of the summer.",
        "2024-06-20",
        [("the rest of the summer", "DATE", "2024-SU")],
    ),
    (
        "The government had declared Wednesday a holiday to encourage voting.",
        "1996-07-04",
        [("Wednesday", "DATE", "1996-07-03")],
    ),
    (
        "The hospital said it was seeing dozens of new patients a day.",
        "2024-07-10",
        [],
    ),
    (
        "Parking is enforced from 8 a.m. to 6 p.m. Monday through Saturday.",
        "2023-11-17",
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    (
        "Story time moves to Wednesday mornings during the summer.",
        "2023-06-02",
        [("Wednesday mornings", "SET", "XXXX-WXX-3TMO"), ("the summer", "DATE", "2023-SU")],
    ),
    (
        "'Monday was the worst day of my life,' she said.",
        "2025-03-12",
        [("Monday", "DATE", "2025-03-10")],
    ),
    (
        "‘Forty years is a long time,’ he said.",
        "2025-03-12",
        [("Forty years", "DURATION", "P40Y")],
    ),
    (
        (
            "The company posted a loss of $38 million in the second quarter of 2000. In July, "
            "managers began hinting at a restructuring."
        ),
        "2025-09-26",
        [("the second quarter of 2000", "DATE", "2000-Q2"), ("July", "DATE", "2000-07")],
    ),
    (
        (
            "The firm has doubled its profits annually since 1980. In September, it announced plans "
            "to buy a rival."
        ),
        "1989-11-01",
        [("annually", "SET", "P1Y"), ("1980", "DATE", "1980"), ("September", "DATE", "1989-09")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_34(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
