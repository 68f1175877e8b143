"""A thirty-second probe of news: agency wires of 1997-1999 and 2012-2014, business and market
reports, Wall Street Journal copy of 1989-1991, broadcast transcripts, Xinhua, Kyodo and AFP
reports, political and science news, opinion columns, local news, sport, obituaries and features
that retell an old story beside the week's news (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- What a clause's tense tells: a relative clause closed before "and on Monday he flies home";
  "compared with June" is no past; a colon ends the clause before it ("That may change: on
  Tuesday, the council voted"); "when the votes are counted on Sunday" after a modal; "set for
  noon Eastern time Monday"; "was planned before the August recess"; "could be furloughed
  starting Tuesday"; "behind closed doors" is no past; "Polls open as early as 6 a.m. on Tuesday";
  "With four days left before Tuesday's primary"; "Friday's employment report, due at 8:30 a.m.";
  "will close at 1 p.m. Wednesday and remain closed Thursday".
- Which days a report moves to: not a deadline still to come ("by Sunday", "until noon Monday",
  "until Aug. 24"), nor the later day a relative clause says a span runs to ("a launch window that
  closes Oct. 31"), nor the day before that a pluperfect looks back to ("had noted cracking rock the
  previous afternoon"), nor a price's day compared with ("to yield 8.00% Tuesday"); "this morning
  ahead of Saturday's trip, where kick-off is at 7.35pm"; "At 9:42 p.m., the minute the old gauge
  stopped working, a bell will ring".
- A feature's old story: "By the afternoon of Tuesday, Nov. 18, ... at 4:30 p.m."; "at 8:25 the
  next morning" after "5:37 p.m."; "On Aug. 14" and "New Year's Day" after the old story's days;
  "It derailed Thursday morning ... that night"; "the next evening" after a day stated in full
  beyond a present paragraph; "since the 1920s" breaks no story; "that Saturday" before "with";
  "that night" of an old story's plan; "for about two days after" is a length.
- Names and words: "Last year ..., including an 80-year-old climber in May" (a long sentence);
  "the fall of 1972 in a church basement", "an unusually mild fall", "and that fall enrolled";
  "that December" after a semicolon; "ending the week", "its consumer price index for the month";
  no time in a quoted order to "March with the band", "every minute of the last 38 matches", "The
  Winter Farmers Market".
- An old story's days cut in among the week's news: "at 10:30 that night" on the night's day;
  "testified Tuesday that she drove past ... that night"; "Thanksgiving was five days away" and
  "talked about Christmas" are no days the story moves to; "On Friday, Dec. 13" with its weekday;
  "Christmas Eve" and "12:20 a.m., New Year's Day" of the story's year; a story told across a
  quote's paragraph; "By Sunday the FBI had 60 agents on the case".
- Timetables and sets: "On Saturday, the pancake breakfast runs" after "kick off Friday evening";
  "open 9 a.m. to 4 p.m. weekdays"; "is played Thursday afternoons"; "played Thursday nights";
  "On days when the temperature tops 95 degrees, ... by 11 a.m."; "could open an hour earlier in
  July"; "stay open late that week"; "had spent much of the night"; "who lost their seats in the
  Nov. 3 election will be gone"; "today" set against a past age after it ("today is roughly half
  what it was in 1980"); no time in "Back to the Future".
- An anniversary's "when" clause tells the old story ("Sunday marks 50 years since Feb. 3, 1969,
  when ... The time on the tower log was 7:52 a.m."), and a sentence of the present is the
  week's ("On Thursday, about 200 people gathered at the memorial, as they have every June");
  "the day after Thanksgiving" in apposition to a day dated in full; "the day after Christmas"
  of the old story; "Friday was payday" (the weekday of a day the story dates).
- "Saturday's win sends the Wildcats to the Sweet 16"; '"March with us on Saturday,"'; "urged China
  ... in a phone call ... on Tuesday"; "Voters head to the polls Tuesday"; "returns to the
  fairgrounds Friday"; "rain forecast for the afternoon"; "May, 27," is a name and its age;
  "The next morning, Christmas Day"; "That evening, high tide came at 10:45"; "calls for the
  investors to begin a tender offer by Monday"; "edged up to 34.5 hours" (no bound); no day in
  "the 23rd monthly decline".
- "That Christmas" (and "that Thanksgiving") of the story's year; "vetoed by the president that
  December, a standoff"; "everyone 6 months and older" is no length; "voted 5-0 to extend ...,
  starting July 1".
- "starting at midnight" is the coming one; "four long days"; "close early next year"; "went back
  to fishing that fall"; no half-year in "before the second half even started".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Stocks on Wall Street closed lower on Friday, ending the week with their steepest loss "
            "since March, as investors digested the Federal Reserve's signal that borrowing costs "
            "will stay high for longer."
        ),
        "2023-09-22",
        [("Friday", "DATE", "2023-09-22"), ("the week", "DATE", "2023-W38"), ("March", "DATE", "2023-03")],
    ),
    (
        (
            "Financial markets now expect the central bank to deliver its first rate cut in "
            "September, compared with June as recently as last month."
        ),
        "2024-04-25",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("September", "DATE", "2024-09"),
            ("June", "DATE", "2024-06"),
            ("last month", "DATE", "2024-03"),
        ],
    ),
    (
        (
            "The reunion will continue through the weekend. On Sunday the twins plan to drive to "
            "Dubuque to visit the grave of their birth mother, who died in 1991 at 50, and on Monday "
            "Kowalski flies home."
        ),
        "2019-08-16",
        [
            ("the weekend", "DATE", "2019-W33-WE"),
            ("Sunday", "DATE", "2019-08-18"),
            ("1991", "DATE", "1991"),
            ("Monday", "DATE", "2019-08-19"),
        ],
    ),
    (
        (
            "The siren at the old Number 4 portal still sounds each November, at the minute the "
            "ground shook on Nov. 7, 1966.\n\nThe explosion, later blamed on methane ignited by a "
            "faulty cutting machine, was the deadliest in the state since the 1920s. Rescue crews "
            "worked around the clock for nine days before the last bodies were recovered on Nov. 16."
        ),
        "2016-11-04",
        [
            ("each November", "SET", "XXXX-11"),
            ("Nov. 7, 1966", "DATE", "1966-11-07"),
            ("the 1920s", "DATE", "192"),
            ("nine days", "DURATION", "P9D"),
            ("Nov. 16", "DATE", "1966-11-16"),
        ],
    ),
    (
        (
            "CHEN: Election officials tell me they hope to have most ballots counted by midnight, "
            "but mail ballots postmarked by today can arrive until noon Monday, so some close races "
            "may not be settled for several days. ANCHOR 2: We'll be tracking results all day and "
            "into the evening here."
        ),
        "2023-11-07",
        [
            ("midnight", "TIME", "2023-11-07T24:00"),
            ("today", "DATE", "2023-11-07"),
            ("noon Monday", "TIME", "2023-11-13T12:00"),
            ("several days", "DURATION", "PXD"),
            ("the evening", "TIME", "2023-11-07TEV"),
        ],
    ),
    (
        (
            "Chicago dropped to 6 below at 5 o'clock this morning, and it will only get colder "
            "overnight. The ceremony is still set for noon Eastern time Monday, but the parade along "
            "Pennsylvania Avenue has been replaced by an event at Capital One Arena."
        ),
        "2025-01-19",
        [
            ("5 o'clock this morning", "TIME", "2025-01-19T05:00"),
            ("overnight", "TIME", "2025-01-19TNI"),
            ("noon Eastern time Monday", "TIME", "2025-01-20T12:00-05:00"),
        ],
    ),
    (
        (
            'House Speaker John Boehner said he was disappointed and that the debate "will continue '
            'in the months ahead." Republican lawmakers may try to revive the issue, though aides '
            "said no legislation was planned before the August recess."
        ),
        "2013-06-26",
        [("the months ahead", "DURATION", "PXM"), ("August", "DATE", "2013-08")],
    ),
    (
        (
            "Last year was one of the busiest in the mountain's history, with more than 650 people "
            "reaching the summit, including 80-year-old Japanese climber Yuichiro Miura in May."
        ),
        "2014-04-19",
        [("Last year", "DATE", "2013"), ("May", "DATE", "2013-05")],
    ),
    (
        (
            "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in London for "
            "six hours on Friday in a last-ditch attempt to defuse the crisis, but emerged saying "
            'the two sides had "no common vision." Lavrov said Moscow would "respect the will of the '
            'people of Crimea" when results are announced Sunday night.'
        ),
        "2014-03-14",
        [
            ("six hours", "DURATION", "PT6H"),
            ("Friday", "DATE", "2014-03-14"),
            ("Sunday night", "TIME", "2014-03-16TNI"),
        ],
    ),
    (
        '"I may, I may not," she said, wiping the counter. "Ask me in the spring."',
        "2019-11-14",
        [("the spring", "DATE", "2020-SP")],
    ),
    (
        '"March with the band in the parade each June and you\'ll hear about it," Penn said.',
        "2016-06-05",
        [("each June", "SET", "XXXX-06")],
    ),
    (
        (
            "The rescue lasted four days. Her family spent the fall of 1972 in a church basement and "
            "the following winter in a borrowed trailer."
        ),
        "2022-08-17",
        [
            ("four days", "DURATION", "P4D"),
            ("the fall of 1972", "DATE", "1972-FA"),
            ("the following winter", "DATE", "1972-WI"),
        ],
    ),
    (
        (
            "The service begins at 7 p.m. Friday at Riverside Park. At 9:42 p.m., the minute the old "
            "gauge stopped working, a bell will ring 23 times."
        ),
        "2022-08-17",
        [("7 p.m. Friday", "TIME", "2022-08-19T19:00"), ("9:42 p.m.", "TIME", "2022-08-19T21:42")],
    ),
    (
        (
            "That may change: on Tuesday, the city council voted 7-2 to fund a memorial, to be "
            "unveiled next March on the 61st anniversary."
        ),
        "2021-03-25",
        [("Tuesday", "DATE", "2021-03-23"), ("next March", "DATE", "2022-03")],
    ),
    (
        (
            "Sixty years ago today, at 4:40 in the afternoon, a fire started in a bin of oily rags "
            "on the third floor of the Brightwater Cannery on Harbor Street. Lucia Ferreira was 17 "
            "and had been at the cannery for nine days. She had swapped shifts that Saturday with a "
            "friend, Irene Costa, so she could go to a dance that night."
        ),
        "2021-03-25",
        [
            ("Sixty years ago today, at 4:40 in the afternoon", "TIME", "1961-03-25T16:40"),
            ("nine days", "DURATION", "P9D"),
            ("that Saturday", "DATE", "1961-03-25"),
            ("that night", "TIME", "1961-03-25TNI"),
        ],
    ),
    (
        (
            '"March them downtown for the Fall Festival every year, then hand them a ticket? That is '
            'not how you build a downtown," Duarte said.'
        ),
        "2025-02-19",
        [("every year", "SET", "P1Y")],
    ),
    (
        "The Millbrook Public Library will close at 1 p.m. Wednesday and remain closed Thursday.",
        "2025-11-24",
        [("1 p.m. Wednesday", "TIME", "2025-11-26T13:00"), ("Thursday", "DATE", "2025-11-27")],
    ),
    (
        (
            "The storm follows an unusually mild fall. Millbrook recorded just 0.3 inches of snow "
            "last winter, the least in more than a decade, and October was the warmest on record."
        ),
        "2025-11-24",
        [
            ("fall", "DATE", "2025-FA"),
            ("last winter", "DATE", "2024-WI"),
            ("more than a decade", "DURATION", "P10Y", "MORE_THAN"),
            ("October", "DATE", "2025-10"),
        ],
    ),
    (
        (
            "The Winter Farmers Market moves indoors to the Grange Hall this week and runs every "
            "Saturday morning through Dec. 20."
        ),
        "2025-11-24",
        [
            ("this week", "DATE", "2025-W48"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("Dec. 20", "DATE", "2025-12-20"),
        ],
    ),
    (
        (
            "She graduated from Scranton Central High School in 1955 and that fall enrolled at "
            "Marywood College, where she earned a teaching degree four years later."
        ),
        "2025-04-04",
        [("1955", "DATE", "1955"), ("that fall", "DATE", "1955-FA"), ("four years later", "DATE", "1959")],
    ),
    (
        (
            "Talks resumed in the past 48 hours after Valemont agreed to sign Swiss midfielder Josh "
            "May as a replacement. May, 27, joined Valemont from Zurich two seasons ago and scored "
            "11 goals last term."
        ),
        "2024-08-30",
        [("the past 48 hours", "DURATION", "PT48H")],
    ),
    (
        (
            "Ashton are expected to make a late move for a centre-back after captain Ryan Doyle was "
            "ruled out for up to four months with a knee injury sustained in Sunday's 2-2 draw. "
            "Doyle had played every minute of the club's last 38 league matches."
        ),
        "2024-08-30",
        [("up to four months", "DURATION", "P4M", "EQUAL_OR_LESS"), ("Sunday", "DATE", "2024-08-25")],
    ),
    (
        (
            "Lomu trained fully this morning and will be assessed again tomorrow ahead of Saturday's "
            "trip to Eastport, where kick-off is at 7.35pm AEDT."
        ),
        "2025-03-13",
        [
            ("this morning", "TIME", "2025-03-13TMO"),
            ("tomorrow", "DATE", "2025-03-14"),
            ("Saturday", "DATE", "2025-03-15"),
            ("7.35pm AEDT", "TIME", "2025-03-15T19:35+11:00"),
        ],
    ),
    (
        "Play today is scheduled to start at 11.30am BST, with rain forecast for the afternoon.",
        "2022-07-04",
        [
            ("today", "DATE", "2022-07-04"),
            ("11.30am BST", "TIME", "2022-07-04T11:30+01:00"),
            ("the afternoon", "TIME", "2022-07-04TAF"),
        ],
    ),
    (
        (
            "European Commission chief Ursula von der Leyen urged China to help avert a further "
            "escalation in a phone call with Premier Li Qiang on Tuesday."
        ),
        "2025-04-11",
        [("Tuesday", "DATE", "2025-04-08")],
    ),
    (
        (
            "The Keel left Gary, Ind., on the morning of Monday, Nov. 17, 1958, riding high and "
            "empty, bound for her home port. By the afternoon of Tuesday, Nov. 18, the wind had "
            "swung to the southwest and was gusting near 65 miles an hour. Capt. Roland Decker "
            "radioed the company office at 4:30 p.m. to say the ship was taking the seas well."
        ),
        "2018-11-16",
        [
            ("the morning of Monday, Nov. 17, 1958", "TIME", "1958-11-17TMO"),
            ("the afternoon of Tuesday, Nov. 18", "TIME", "1958-11-18TAF"),
            ("4:30 p.m.", "TIME", "1958-11-18T16:30"),
        ],
    ),
    (
        (
            "Within minutes the hull had cracked amidships, and at 5:37 p.m. the radio operator sent "
            'a Mayday: "We\'re breaking up and going down." The stern section sank first; the bow '
            "followed about 10 minutes later.\n\nPruett, then 23, and deckhand Eli Mattson spent that "
            "night clinging to a 12-foot life raft in 20-foot waves. Four others who reached the "
            "raft were washed off one by one. The Coast Guard cutter Sundew found the two men at "
            "8:25 the next morning, nearly 15 hours after the sinking."
        ),
        "2018-11-16",
        [
            ("minutes", "DURATION", "PTXM"),
            ("5:37 p.m.", "TIME", "2018-11-16T17:37"),
            ("10 minutes", "DURATION", "PT10M", "APPROX"),
            ("that night", "TIME", "2018-11-16TNI"),
            ("8:25 the next morning", "TIME", "2018-11-17T08:25"),
            ("nearly 15 hours", "DURATION", "PT15H", "APPROX"),
        ],
    ),
    (
        (
            '"You don\'t forget the sound," said Ray Stidham, 74, who was a 24-year-old roof bolter '
            'on the evening shift and helped dig. "Nobody talked for about two days after."'
        ),
        "2021-03-02",
        [("two days", "DURATION", "P2D", "APPROX")],
    ),
    (
        (
            "The truck had left the Federal Reserve branch in Cincinnati at 1:40 p.m. on Friday, "
            "Aug. 10, 1962, carrying payroll for four factories. That evening, roadblocks went up "
            "across three counties. By Sunday the FBI had 60 agents on the case. On Aug. 14, "
            "investigators found the fake patrol car, a 1959 Ford, burned in a gravel pit near Xenia."
        ),
        "2022-08-09",
        [
            ("1:40 p.m. on Friday, Aug. 10, 1962", "TIME", "1962-08-10T13:40"),
            ("That evening", "TIME", "1962-08-10TEV"),
            ("Sunday", "DATE", "1962-08-12"),
            ("Aug. 14", "DATE", "1962-08-14"),
            ("1959", "DATE", "1959"),
        ],
    ),
    (
        (
            "At 11:42 p.m. on Dec. 31, 1946, a bellhop spotted smoke from a linen closet on the "
            "third floor of the six-story hotel. The fire was declared under control at 3:20 a.m. By "
            "daylight on New Year's Day, volunteers had set up a morgue in the National Guard "
            "armory. The city's newspaper printed an extra edition that afternoon."
        ),
        "2021-12-30",
        [
            ("11:42 p.m. on Dec. 31, 1946", "TIME", "1946-12-31T23:42"),
            ("3:20 a.m.", "TIME", "1947-01-01T03:20"),
            ("New Year's Day", "DATE", "1947-01-01"),
            ("that afternoon", "TIME", "1947-01-01TAF"),
        ],
    ),
    (
        (
            "The snow began falling on the Hi-Line in January 1949, and by the time it stopped, the "
            "westbound Northern Star and its 212 passengers had been buried in a cut near Kremlin "
            "for nearly five days.\n\nOn Saturday, the Hill County museum will open an exhibit on the "
            "stranding, marking its 75th anniversary, with the train's dining-car menu, a "
            "conductor's pocket watch that stopped in the cold and letters written aboard by "
            "passengers.\n\nThe Star left St. Paul on schedule at 9:30 p.m. on Monday, Jan. 10, 1949. "
            "The storm caught it the next evening east of Havre."
        ),
        "2024-01-11",
        [
            ("January 1949", "DATE", "1949-01"),
            ("nearly five days", "DURATION", "P5D", "APPROX"),
            ("Saturday", "DATE", "2024-01-13"),
            ("9:30 p.m. on Monday, Jan. 10, 1949", "TIME", "1949-01-10T21:30"),
            ("the next evening", "TIME", "1949-01-11TEV"),
        ],
    ),
    (
        (
            "The Star left St. Paul on schedule at 9:30 p.m. on Monday, Jan. 10, 1949. The storm "
            "caught it the next evening east of Havre. At 2:10 a.m. on Wednesday, Jan. 12, a drift "
            "more than 20 feet deep stopped the locomotive in a narrow cut, and a second drift "
            "closed in behind the last car.\n\nFor the first two days, crews expected a rotary plow "
            "from Havre to reach them within hours. It derailed Thursday morning. Temperatures fell "
            "to 38 below zero that night."
        ),
        "2024-01-11",
        [
            ("9:30 p.m. on Monday, Jan. 10, 1949", "TIME", "1949-01-10T21:30"),
            ("the next evening", "TIME", "1949-01-11TEV"),
            ("2:10 a.m. on Wednesday, Jan. 12", "TIME", "1949-01-12T02:10"),
            ("the first two days", "DURATION", "P2D"),
            ("hours", "DURATION", "PTXH"),
            ("Thursday morning", "TIME", "1949-01-13TMO"),
            ("that night", "TIME", "1949-01-13TNI"),
        ],
    ),
    (
        (
            "In recent years he had cut back, but until the pandemic he still played Thursday nights "
            "at a Frenchmen Street club."
        ),
        "2021-08-23",
        [("recent years", "DURATION", "PXY"), ("Thursday nights", "SET", "XXXX-WXX-4TNI")],
    ),
    (
        (
            "A 1973 famine in the Sahel gave the work new urgency; that December she spent three "
            "weeks in Niamey training agronomists."
        ),
        "2008-02-20",
        [("1973", "DATE", "1973"), ("that December", "DATE", "1973-12"), ("three weeks", "DURATION", "P3W")],
    ),
    (
        (
            "The governing Conservatives won a commanding majority in Thursday's general election, "
            "taking 365 of the 650 seats in the House of Commons and ending more than three years of "
            "parliamentary deadlock over Britain's exit from the European Union.\n\nBy 5 a.m. on "
            "Friday the outcome was beyond doubt, although the last seat, St Ives, was not declared "
            "until early afternoon.\n\nSpeaking outside Downing Street at noon, the prime minister "
            "said parliament would return next week and that MPs would vote on his withdrawal bill "
            "before Christmas."
        ),
        "2019-12-13",
        [
            ("Thursday", "DATE", "2019-12-12"),
            ("more than three years", "DURATION", "P3Y", "MORE_THAN"),
            ("5 a.m. on Friday", "TIME", "2019-12-13T05:00"),
            ("early afternoon", "TIME", "2019-12-13TAF", "START"),
            ("noon", "TIME", "2019-12-13T12:00"),
            ("next week", "DATE", "2019-W51"),
            ("Christmas", "DATE", "2019-12-25"),
        ],
    ),
    (
        (
            "House Republicans are scheduled to meet behind closed doors Saturday afternoon and "
            "could vote as early as Sunday."
        ),
        "2013-09-27",
        [("Saturday afternoon", "TIME", "2013-09-28TAF"), ("Sunday", "DATE", "2013-09-29")],
    ),
    (
        (
            "The White House said on Friday that agencies had begun preparing contingency plans and "
            "that about 800,000 federal workers could be furloughed starting Tuesday."
        ),
        "2013-09-27",
        [("Friday", "DATE", "2013-09-27"), ("Tuesday", "DATE", "2013-10-01")],
    ),
    (
        (
            "With four days left before Tuesday's primary, the Republican field spread out across "
            "New Hampshire on Friday, holding town halls in diners, VFW posts and high school gyms "
            "from Nashua to the North Country."
        ),
        "2016-02-05",
        [
            ("four days", "DURATION", "P4D"),
            ("Tuesday", "DATE", "2016-02-09"),
            ("Friday", "DATE", "2016-02-05"),
        ],
    ),
    (
        (
            "NASA's Kestrel asteroid orbiter is scheduled to lift off on Thursday from Kennedy Space "
            "Center in Florida, opening a 21-day launch window that closes Oct. 31. Liftoff is "
            "targeted for 12:06 p.m. EDT (1606 UTC) aboard a SpaceX Falcon Heavy rocket, mission "
            "managers said Monday."
        ),
        "2024-10-08",
        [
            ("Thursday", "DATE", "2024-10-10"),
            ("21-day", "DURATION", "P21D"),
            ("Oct. 31", "DATE", "2024-10-31"),
            ("12:06 p.m. EDT", "TIME", "2024-10-10T12:06-04:00"),
            ("1606 UTC", "TIME", "2024-10-10T16:06Z"),
            ("Monday", "DATE", "2024-10-07"),
        ],
    ),
    (
        (
            "The agency recommends that everyone 6 months and older get vaccinated every year, and "
            "says antiviral drugs such as Tamiflu work best when started within 48 hours of the "
            "first symptoms."
        ),
        "2025-01-10",
        [("every year", "SET", "P1Y"), ("48 hours", "DURATION", "PT48H")],
    ),
    (
        (
            "The benchmark 30-year bond was quoted late yesterday at a price of 101 4/32 to yield "
            "8.06%, compared with 101 25/32 to yield 8.00% Tuesday. The yield on three-month "
            "Treasury bills rose to 6.05% from 5.98%. Dealers said prices were weighed down by heavy "
            "selling in the early afternoon after a Federal Reserve official suggested the central "
            "bank may be reluctant to ease credit again soon."
        ),
        "1991-02-07",
        [
            ("30-year", "DURATION", "P30Y"),
            ("late yesterday", "DATE", "1991-02-06", "END"),
            ("Tuesday", "DATE", "1991-02-05"),
            ("three-month", "DURATION", "P3M"),
            ("the early afternoon", "TIME", "1991-02-06TAF", "START"),
        ],
    ),
    (
        (
            "Traders said the auctions could prove difficult if Friday's employment report, due at "
            "8:30 a.m. EST, shows the economy is weaker than expected."
        ),
        "1991-02-07",
        [("Friday", "DATE", "1991-02-08"), ("8:30 a.m. EST", "TIME", "1991-02-08T08:30-05:00")],
    ),
    (
        (
            "Separately, the Labor Department said producer prices for finished goods climbed 0.3% "
            "in November. The department will release its consumer price index for the month on "
            "Friday, and the Federal Reserve's policy committee is scheduled to meet next Monday and "
            "Tuesday."
        ),
        "1989-12-12",
        [
            ("November", "DATE", "1989-11"),
            ("the month", "DATE", "1989-11"),
            ("Friday", "DATE", "1989-12-15"),
            ("next Monday", "DATE", "1989-12-18"),
            ("Tuesday", "DATE", "1989-12-19"),
        ],
    ),
    (
        (
            "It was recorded at 10:52 p.m. on Saturday, Nov. 17, 1979, when a trucker named Earl "
            "Pruitt called the sheriff's office from a pay phone outside Dale's Sunoco on Route 4 to "
            "say the station was dark and the cash drawer was open.\n\nRaymond Ostrander, 71, now sits "
            "at the defense table, charged with the first-degree murder of the clerk, Linda Kessler, "
            "who was 19. He has pleaded not guilty. The trial, which opened Monday, is expected to "
            "last three weeks.\n\nThat Saturday had begun like any other for Kessler. She unlocked the "
            "station at 7 a.m., as she did every Saturday that fall, and by noon she had sold $212 "
            "worth of gasoline and a case of motor oil, according to a ledger entered into evidence. "
            "Thanksgiving was five days away, and she had promised her mother two pumpkin pies.\n\nHer "
            "shift was supposed to end at 10 p.m. Her sister, Carol Weiss, testified Tuesday that "
            "she drove past at 10:30 that night and saw the pumps still lit but no one behind the "
            'counter. "I figured she was in the back," Weiss, 66, told jurors. "I may have been the '
            "last person who could have helped her.\"\n\nThe next morning, a deputy found Kessler's "
            "blue Chevrolet Nova parked on a gravel lane near the Miller Road reservoir, its keys in "
            "the ignition. Her body was found in the water that afternoon. By Thanksgiving, "
            "investigators had questioned more than 40 people, Ostrander among them; he told them he "
            "had been at a bowling alley in Fairfield, where his team won by 37 pins."
        ),
        "2024-03-14",
        [
            ("10:52 p.m. on Saturday, Nov. 17, 1979", "TIME", "1979-11-17T22:52"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2024-03-11"),
            ("three weeks", "DURATION", "P3W"),
            ("That Saturday", "DATE", "1979-11-17"),
            ("7 a.m.", "TIME", "1979-11-17T07:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("that fall", "DATE", "1979-FA"),
            ("noon", "TIME", "1979-11-17T12:00"),
            ("Thanksgiving", "DATE", "1979-11-22"),
            ("five days", "DURATION", "P5D"),
            ("10 p.m.", "TIME", "1979-11-17T22:00"),
            ("Tuesday", "DATE", "2024-03-12"),
            ("10:30", "TIME", "1979-11-17T22:30"),
            ("that night", "TIME", "1979-11-17TNI"),
            ("The next morning", "TIME", "1979-11-18TMO"),
            ("that afternoon", "TIME", "1979-11-18TAF"),
            ("Thanksgiving", "DATE", "1979-11-22"),
        ],
    ),
    (
        (
            "The day shift went underground at 7 a.m. on Tuesday, Dec. 10, 1974. It was cold, 14 "
            "degrees at the tipple, and the men talked about Christmas and about the Steelers, who "
            "had beaten New England 21-17 two days earlier. At 11:40 a.m., a spark from a cutting "
            "machine ignited methane in the 4 Left section, nearly two miles from the "
            "portal.\n\nForty-one men were in the section. Fifteen crawled out through the smoke by 1 "
            "p.m. The rest were trapped behind a roof fall.\n\nThis week's ceremonies are the work of "
            'Donna Sizemore, 58, whose father, Harold Lusk, was among the dead. "I was eight," she '
            "said Sunday. \"I remember that Mom kept the supper warm until 9 o'clock that night, "
            'because nobody had called yet."\n\nRescue crews worked through Wednesday and into '
            "Thursday, drilling a borehole from the surface. On Friday, Dec. 13, they broke through. "
            "There were no survivors. The last of the bodies was brought up on Christmas Eve.\n\nA "
            "federal inquiry the following spring blamed poor ventilation and fined the Pocahontas "
            "Fuel Co. $48,000. The company closed the mine in 1982."
        ),
        "2024-12-09",
        [
            ("7 a.m. on Tuesday, Dec. 10, 1974", "TIME", "1974-12-10T07:00"),
            ("Christmas", "DATE", "1974-12-25"),
            ("two days", "DURATION", "P2D"),
            ("11:40 a.m.", "TIME", "1974-12-10T11:40"),
            ("1 p.m.", "TIME", "1974-12-10T13:00"),
            ("This week", "DATE", "2024-W50"),
            ("Sunday", "DATE", "2024-12-08"),
            ("9 o'clock", "TIME", "1974-12-10T21:00"),
            ("that night", "TIME", "1974-12-10TNI"),
            ("Wednesday", "DATE", "1974-12-11"),
            ("Thursday", "DATE", "1974-12-12"),
            ("Friday, Dec. 13", "DATE", "1974-12-13"),
            ("Christmas Eve", "DATE", "1974-12-24"),
            ("the following spring", "DATE", "1975-SP"),
            ("1982", "DATE", "1982"),
        ],
    ),
    (
        (
            "On Saturday, 31 of the 54 boys who were evacuated from the camp's lower cabins in the "
            "flood of July 1969 came back to the shore of Lake Tamsin for a reunion, some with "
            "grandchildren in tow. They ate hot dogs, sang the camp song and walked the path to the "
            "footbridge that washed away that summer.\n\nThe rain started on Wednesday, July 16, as "
            "Apollo 11 lifted off from Florida. Counselors herded the campers into the dining hall "
            "to listen to the launch on a transistor radio. By supper, the creek behind Cabin 7 had "
            'risen three feet.\n\n"We thought it was an adventure," said Tom Reilly, 61, a retired '
            'firefighter from Scranton who drove six hours to attend. "Nobody told us how bad it '
            'was."\n\nIt rained for the next 30 hours. Shortly after 2 a.m. Friday, camp director Walt '
            "Haney woke the boys in the lower cabins and marched them, in pajamas and rain ponchos, "
            "up the hill to the chapel. By 4 a.m., water stood four feet deep in Cabin 7.\n\nThe buses "
            "from Wilkes-Barre arrived at noon. Parents who had heard about the flood on the radio "
            "had been waiting in the church parking lot since 6 a.m. Reilly said his mother hugged "
            "him for what felt like 10 minutes.\n\nTwo days later, on Sunday night, the Reilly family "
            'watched Neil Armstrong step onto the moon on a black-and-white Zenith. "I remember '
            'thinking that was the second-most exciting thing that happened to me that week," Reilly '
            "said."
        ),
        "2019-07-22",
        [
            ("Saturday", "DATE", "2019-07-20"),
            ("July 1969", "DATE", "1969-07"),
            ("that summer", "DATE", "1969-SU"),
            ("Wednesday, July 16", "DATE", "1969-07-16"),
            ("six hours", "DURATION", "PT6H"),
            ("the next 30 hours", "DURATION", "PT30H"),
            ("2 a.m. Friday", "TIME", "1969-07-18T02:00"),
            ("4 a.m.", "TIME", "1969-07-18T04:00"),
            ("noon", "TIME", "1969-07-18T12:00"),
            ("6 a.m.", "TIME", "1969-07-18T06:00"),
            ("10 minutes", "DURATION", "PT10M"),
            ("Two days", "DURATION", "P2D"),
            ("Sunday night", "TIME", "1969-07-20TNI"),
            ("that week", "DATE", "1969-W29"),
        ],
    ),
    (
        (
            "When the Rialto Theatre reopens its doors Saturday night, the first thing patrons will "
            "see is the chandelier — or rather, a copy of it, cast from photographs after the "
            "original crashed into the orchestra seats on New Year's Eve 1985.\n\nThe $14.2 million "
            "restoration, which began in spring 2021, has returned the 1,100-seat hall to something "
            "close to how it looked in 1927, when it opened as a vaudeville house. Saturday's gala, "
            "a sold-out performance by the city's symphony, starts at 7:30 p.m.\n\nThe fire began "
            "during the late show that night. The Rialto, by then a second-run movie house, was "
            'showing "Back to the Future" to a crowd of about 200. At 10:40 p.m., an usher smelled '
            "smoke near the projection booth.\n\nBy 11:15, flames had reached the fly loft. "
            "Firefighters from four stations fought the blaze through midnight, while revelers who "
            "had come downtown for the fireworks watched from Main Street. The chandelier fell at "
            "12:20 a.m., New Year's Day.\n\nNobody was hurt. Dale Kimura, who was 16 and working the "
            "concession stand that night, is now 54 and sits on the board of the nonprofit that "
            'bought the building in 2016. "I went home at 3 in the morning smelling like smoke, and '
            "my mother thought I had been at a party,\" he said.\n\nThe next afternoon, the city's fire "
            "marshal declared the building a total loss."
        ),
        "2023-10-20",
        [
            ("Saturday night", "TIME", "2023-10-21TNI"),
            ("New Year's Eve 1985", "DATE", "1985-12-31"),
            ("spring 2021", "DATE", "2021-SP"),
            ("1927", "DATE", "1927"),
            ("Saturday", "DATE", "2023-10-21"),
            ("7:30 p.m.", "TIME", "2023-10-21T19:30"),
            ("that night", "TIME", "1985-12-31TNI"),
            ("10:40 p.m.", "TIME", "1985-12-31T22:40"),
            ("11:15", "TIME", "1985-12-31T23:15"),
            ("midnight", "TIME", "1985-12-31T24:00"),
            ("12:20 a.m., New Year's Day", "TIME", "1986-01-01T00:20"),
            ("that night", "TIME", "1985-12-31TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("2016", "DATE", "2016"),
            ("3 in the morning", "TIME", "1986-01-01T03:00"),
            ("The next afternoon", "TIME", "1986-01-01TAF"),
        ],
    ),
    (
        (
            "Festivities kick off Friday evening with the lighting of the courthouse square at 6:30 "
            "p.m., followed by a street dance on Main Street until 11 p.m. On Saturday, the pancake "
            "breakfast at the American Legion post runs from 6 a.m. to 10 a.m., and the parade steps "
            "off at 10 a.m. sharp from the Main Street bridge."
        ),
        "2023-09-20",
        [
            ("Friday evening", "TIME", "2023-09-22TEV"),
            ("6:30 p.m.", "TIME", "2023-09-22T18:30"),
            ("11 p.m.", "TIME", "2023-09-22T23:00"),
            ("Saturday", "DATE", "2023-09-23"),
            ("6 a.m.", "TIME", "2023-09-23T06:00"),
            ("10 a.m.", "TIME", "2023-09-23T10:00"),
            ("10 a.m.", "TIME", "2023-09-23T10:00"),
        ],
    ),
    (
        (
            "Parade entries may still be registered through Thursday at the Chamber of Commerce "
            "office, which is open 9 a.m. to 4 p.m. weekdays."
        ),
        "2023-09-20",
        [
            ("Thursday", "DATE", "2023-09-21"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("weekdays", "SET", "P1W"),
        ],
    ),
    (
        (
            "The second chili cook-off begins at 1 p.m. Saturday, with judging about two hours "
            "later.\n\nSunday's schedule opens with a community worship service at 9 a.m. at the "
            "bandshell, followed by the antique tractor pull in the afternoon."
        ),
        "2023-09-20",
        [
            ("1 p.m. Saturday", "TIME", "2023-09-23T13:00"),
            ("two hours", "DURATION", "PT2H", "APPROX"),
            ("Sunday", "DATE", "2023-09-24"),
            ("9 a.m.", "TIME", "2023-09-24T09:00"),
            ("the afternoon", "TIME", "2023-09-24TAF"),
        ],
    ),
    (
        (
            "Bus routes will be posted on the district website by Friday. Parents with questions may "
            "call the transportation office between 7:30 a.m. and 3:30 p.m. weekdays."
        ),
        "2024-08-06",
        [
            ("Friday", "DATE", "2024-08-09"),
            ("7:30 a.m.", "TIME", "XXXX-XX-XXT07:30"),
            ("3:30 p.m.", "TIME", "XXXX-XX-XXT15:30"),
            ("weekdays", "SET", "P1W"),
        ],
    ),
    (
        (
            "Council member Ruth Abernathy asked whether the pool could open an hour earlier in "
            "July, when temperatures often top 100."
        ),
        "2024-05-02",
        [("an hour", "DURATION", "PT1H"), ("July", "DATE", "2024-07")],
    ),
    (
        (
            "Last week, a senior Treasury official told reporters that the financial system is "
            '"stronger today than at any point in the past half-century."'
        ),
        "2018-09-14",
        [
            ("Last week", "DATE", "2018-W36"),
            ("today", "DATE", "PRESENT_REF"),
            ("the past half-century", "DURATION", "P50Y"),
        ],
    ),
    (
        (
            "Federal spending on energy research today is roughly half what it was in 1980, adjusted "
            "for inflation."
        ),
        "2011-11-02",
        [("today", "DATE", "PRESENT_REF"), ("1980", "DATE", "1980")],
    ),
    (
        (
            "The subway system that this city opened in 1904 was, throughout the 20th century, the "
            "envy of the world. Today it is a system that runs on borrowed time and borrowed money, "
            "and the authority that manages it is asking riders to pay more again."
        ),
        "2013-05-09",
        [("1904", "DATE", "1904"), ("the 20th century", "DATE", "19"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Today, Medicare covers 55 million Americans, and few of them would trade it for the "
            "private market their parents faced in the early 1960s, when roughly half of older "
            "Americans had no hospital insurance at all."
        ),
        "2015-07-30",
        [("Today", "DATE", "PRESENT_REF"), ("the early 1960s", "DATE", "196", "START")],
    ),
    (
        (
            "The new Congress convenes Jan. 6, and several Republicans who lost their seats in the "
            "Nov. 3 election will be gone by then."
        ),
        "1998-12-17",
        [("Jan. 6", "DATE", "1999-01-06"), ("Nov. 3", "DATE", "1998-11-03")],
    ),
    (
        (
            "White House spokesman Joe Lockhart said Thursday morning that the president was "
            '"focused on the mission" and had spent much of the night in the Situation Room.'
        ),
        "1998-12-17",
        [("Thursday morning", "TIME", "1998-12-17TMO"), ("the night", "TIME", "1998-12-16TNI")],
    ),
    (
        (
            "It had rained for most of Friday, June 9, 1972, and by 9 p.m. the gauge at the Route 6 "
            "bridge read 14 feet, four feet over flood stage. Shortly after 10:40 that night the "
            "earthen dam above Carver's mill gave way. Within an hour, 38 people in the borough were "
            "dead.\n\nOn Thursday, about 200 people gathered at the memorial on Front Street to read "
            "those names aloud, as they have every June since 1973. The ceremony began at 10:40 "
            "a.m., the same minute on the clock at which the dam failed."
        ),
        "2022-06-09",
        [
            ("Friday, June 9, 1972", "DATE", "1972-06-09"),
            ("9 p.m.", "TIME", "1972-06-09T21:00"),
            ("10:40", "TIME", "1972-06-09T22:40"),
            ("that night", "TIME", "1972-06-09TNI"),
            ("an hour", "DURATION", "PT1H"),
            ("Thursday", "DATE", "2022-06-09"),
            ("every June", "SET", "XXXX-06"),
            ("1973", "DATE", "1973"),
            ("10:40 a.m.", "TIME", "2022-06-09T10:40"),
        ],
    ),
    (
        (
            "Sunday marks 50 years since Feb. 3, 1969, when the Northland Airways turboprop, inbound "
            "from Chicago with 37 passengers and four crew, clipped a power line in freezing fog and "
            "went down in a cornfield two miles short of Runway 27. The time on the tower log was "
            "7:52 a.m. No one survived."
        ),
        "2019-02-03",
        [
            ("Sunday", "DATE", "2019-02-03"),
            ("50 years", "DURATION", "P50Y"),
            ("Feb. 3, 1969", "DATE", "1969-02-03"),
            ("7:52 a.m.", "TIME", "1969-02-03T07:52"),
        ],
    ),
    (
        (
            "Foss told jurors that she finished her shift at 9:15 p.m. on Nov. 27, 1987, the day "
            "after Thanksgiving, and stopped at the laundromat because her dryer was broken. Marcy "
            "had walked there with her older brother at 8 o'clock that evening. The boy went home at "
            "8:30 to get quarters, Foss said; when he came back 20 minutes later, his sister was "
            "gone."
        ),
        "2023-10-18",
        [
            ("9:15 p.m. on Nov. 27, 1987", "TIME", "1987-11-27T21:15"),
            ("the day after Thanksgiving", "DATE", "1987-11-27"),
            ("8 o'clock", "TIME", "1987-11-27T20:00"),
            ("that evening", "TIME", "1987-11-27TEV"),
            ("8:30", "TIME", "1987-11-27T20:30"),
            ("20 minutes", "DURATION", "PT20M"),
        ],
    ),
    (
        (
            "Investigators reopened the case in 2019 and sent preserved evidence for new testing; "
            "the results came back in April 2021, and Pruitt was arrested that June in Tucson."
        ),
        "2023-10-18",
        [("2019", "DATE", "2019"), ("April 2021", "DATE", "2021-04"), ("that June", "DATE", "2021-06")],
    ),
    (
        (
            "Saturday's win sends this year's Wildcats to the Sweet 16, which begins Wednesday in "
            "Lexington. Tip-off is 1:30 p.m. against Bowling Green."
        ),
        "2023-03-20",
        [
            ("Saturday", "DATE", "2023-03-18"),
            ("this year", "DATE", "2023"),
            ("Wednesday", "DATE", "2023-03-22"),
            ("1:30 p.m.", "TIME", "2023-03-22T13:30"),
        ],
    ),
    (
        (
            "Harvest fair: The Millbrook Harvest Fair returns to the fairgrounds Friday through "
            "Sunday. Gates open at 9 a.m. Friday, and the tractor pull starts at 2 p.m. Saturday."
        ),
        "2024-10-17",
        [
            ("Friday", "DATE", "2024-10-18"),
            ("Sunday", "DATE", "2024-10-20"),
            ("9 a.m. Friday", "TIME", "2024-10-18T09:00"),
            ("2 p.m. Saturday", "TIME", "2024-10-19T14:00"),
        ],
    ),
    (
        (
            "Voters head to the polls Tuesday to choose a governor, a U.S. senator and members of "
            "the state Legislature, and to decide two ballot questions."
        ),
        "2022-11-07",
        [("Tuesday", "DATE", "2022-11-08")],
    ),
    (
        (
            "Average hourly earnings rose 8 cents to $25.69 in July and are up 2.6% from a year ago. "
            "The average workweek edged up to 34.5 hours."
        ),
        "2016-08-05",
        [
            ("hourly", "SET", "PT1H"),
            ("July", "DATE", "2016-07"),
            ("a year ago", "DATE", "2015-07"),
            ("34.5 hours", "DURATION", "PT34H30M"),
        ],
    ),
    (
        (
            "Manufacturers added 9,000 jobs, while mining shed 7,000 positions, the 23rd monthly "
            "decline since oil prices began to slide in late 2014."
        ),
        "2016-08-05",
        [("monthly", "SET", "P1M"), ("late 2014", "DATE", "2014", "END")],
    ),
    (
        (
            "The Blue Spoon burned on Friday, Dec. 24, 1971 - Christmas Eve.\n\nHer aunt, Bridget, who "
            "was 12 that Christmas, will be the first customer."
        ),
        "2023-09-22",
        [
            ("Friday, Dec. 24, 1971", "DATE", "1971-12-24"),
            ("Christmas Eve", "DATE", "1971-12-24"),
            ("that Christmas", "DATE", "1971-12-25"),
        ],
    ),
    (
        (
            "The storm began on Monday, Feb. 6, 1978. Snow was falling along the South Shore by 10 "
            "a.m., and by early afternoon the wind was gusting past 80 miles an hour. Schools let "
            "out at noon. Ruth Donnelly, who ran the inn with her husband, Frank, had six guests "
            "that week, most of them salesmen stranded on their way to Boston.\n\nThat evening, high "
            "tide came at 10:45, and the ocean came over the seawall."
        ),
        "2019-05-17",
        [
            ("Monday, Feb. 6, 1978", "DATE", "1978-02-06"),
            ("10 a.m.", "TIME", "1978-02-06T10:00"),
            ("early afternoon", "TIME", "1978-02-06TAF", "START"),
            ("noon", "TIME", "1978-02-06T12:00"),
            ("that week", "DATE", "1978-W06"),
            ("That evening", "TIME", "1978-02-06TEV"),
            ("10:45", "TIME", "1978-02-06T22:45"),
        ],
    ),
    (
        (
            "The agreement, reached late Tuesday night after three days of negotiations, calls for "
            "the investors to begin a tender offer by Monday."
        ),
        "1989-10-26",
        [
            ("Tuesday night", "TIME", "1989-10-24TNI"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1989-10-30"),
        ],
    ),
    (
        (
            "HARTWELL — After nearly four hours of debate, the Hartwell Selectboard voted 4-1 "
            "Tuesday night to send a $2.3 million school renovation bond to voters at the annual "
            "town meeting in May."
        ),
        "2024-03-13",
        [
            ("nearly four hours", "DURATION", "PT4H", "APPROX"),
            ("Tuesday night", "TIME", "2024-03-12TNI"),
            ("May", "DATE", "2024-05"),
        ],
    ),
    (
        (
            "The board also voted 5-0 to extend the town's contract with Greenway Hauling for "
            "another three years, starting July 1."
        ),
        "2024-03-13",
        [("another three years", "DURATION", "P3Y"), ("July 1", "DATE", "2024-07-01")],
    ),
    (
        (
            "The House last passed a balanced-budget plan in the summer of 1995, only to see it "
            "vetoed by the president that December, a standoff that led to two government shutdowns "
            "lasting a total of 27 days."
        ),
        "1998-02-19",
        [
            ("the summer of 1995", "DATE", "1995-SU"),
            ("that December", "DATE", "1995-12"),
            ("27 days", "DURATION", "P27D"),
        ],
    ),
    (
        (
            "This year's vaccine protects against the same three strains as last year's, but "
            "officials said people who were vaccinated a year ago still need a new shot because "
            "immunity fades. Shots are recommended every year for everyone 6 months and older."
        ),
        "2011-10-14",
        [
            ("This year", "DATE", "2011"),
            ("last year", "DATE", "2010"),
            ("a year ago", "DATE", "2010"),
            ("every year", "SET", "P1Y"),
        ],
    ),
    (
        (
            '"Their guys were shaking our hands before the second half even started," recalled Tom '
            "Reyes, the team's backup center."
        ),
        "2024-03-09",
        [],
    ),
    (
        (
            "Governor Charlie Baker, who took office earlier this month, has ordered all "
            "non-emergency vehicles off the roads starting at midnight."
        ),
        "2015-01-26",
        [("earlier this month", "DATE", "2015-01", "START"), ("midnight", "TIME", "2015-01-26T24:00")],
    ),
    (
        (
            "Shell's $70 billion takeover of BG Group, announced in April, is expected to close "
            "early next year after shareholders of both companies vote on the deal."
        ),
        "2015-07-30",
        [("April", "DATE", "2015-04"), ("early next year", "DATE", "2016", "START")],
    ),
    (
        (
            "The Wildcats trailed by 12 before the second half even started. Jackson went back to "
            "fishing that fall."
        ),
        "2024-03-10",
        [("that fall", "DATE", "2024-FA")],
    ),
    (
        "The governor has ordered all non-emergency vehicles off the roads starting at midnight.",
        "2015-01-26",
        [("midnight", "TIME", "2015-01-26T24:00")],
    ),
    (
        '"It\'s been four long days," said Reed. The deal is expected to close early next year.',
        "2015-07-30",
        [("four long days", "DURATION", "P4D"), ("early next year", "DATE", "2016", "START")],
    ),
    (
        ("The school burned on Dec. 1, 1958. That Christmas the surviving children sang in the gym."),
        "2008-12-02",
        [("Dec. 1, 1958", "DATE", "1958-12-01"), ("That Christmas", "DATE", "1958-12-25")],
    ),
    (
        (
            "Congress passed a budget plan in the summer of 1995, only to see it vetoed by the "
            "president that December, a standoff that led to a shutdown."
        ),
        "1998-02-19",
        [("the summer of 1995", "DATE", "1995-SU"), ("that December", "DATE", "1995-12")],
    ),
    (
        "The board voted 5-0 to extend the contract for another three years, starting July 1.",
        "2023-12-14",
        [("another three years", "DURATION", "P3Y"), ("July 1", "DATE", "2024-07-01")],
    ),
    (
        (
            "The fire started late on Dec. 24, 1971. The next morning, Christmas Day, the family "
            "sorted through the ashes."
        ),
        "2023-12-22",
        [
            ("Dec. 24, 1971", "DATE", "1971-12-24"),
            ("The next morning", "TIME", "1971-12-25TMO"),
            ("Christmas Day", "DATE", "1971-12-25"),
        ],
    ),
    (
        "The blizzard struck on Feb. 6, 1978. That evening, high tide came at 10:45.",
        "2018-02-06",
        [
            ("Feb. 6, 1978", "DATE", "1978-02-06"),
            ("That evening", "TIME", "1978-02-06TEV"),
            ("10:45", "TIME", "1978-02-06T22:45"),
        ],
    ),
    (
        "The average workweek edged up to 34.5 hours. It was the 23rd straight gain.",
        "2016-08-05",
        [("34.5 hours", "DURATION", "PT34H30M")],
    ),
    (
        (
            "Sunday marks 50 years since Feb. 3, 1969, when the turboprop went down in a cornfield. "
            "The time on the tower log was 7:52 a.m."
        ),
        "2019-02-03",
        [
            ("Sunday", "DATE", "2019-02-03"),
            ("50 years", "DURATION", "P50Y"),
            ("Feb. 3, 1969", "DATE", "1969-02-03"),
            ("7:52 a.m.", "TIME", "1969-02-03T07:52"),
        ],
    ),
    (
        (
            "She finished her shift at 9:15 p.m. on Nov. 27, 1987, the day after Thanksgiving. Marcy "
            "had walked there at 8 o'clock that evening."
        ),
        "2023-10-18",
        [
            ("9:15 p.m. on Nov. 27, 1987", "TIME", "1987-11-27T21:15"),
            ("the day after Thanksgiving", "DATE", "1987-11-27"),
            ("8 o'clock", "TIME", "1987-11-27T20:00"),
            ("that evening", "TIME", "1987-11-27TEV"),
        ],
    ),
    (
        (
            "The strike began on Aug. 30, 1974. Members ratified a new contract the day after "
            "Christmas and were back at the furnaces the following Monday."
        ),
        "2024-09-02",
        [
            ("Aug. 30, 1974", "DATE", "1974-08-30"),
            ("the day after Christmas", "DATE", "1974-12-26"),
            ("the following Monday", "DATE", "1974-12-30"),
        ],
    ),
    (
        "Saturday's win sends the Wildcats to the Sweet 16, which begins Wednesday in Lexington.",
        "2023-03-20",
        [("Saturday", "DATE", "2023-03-18"), ("Wednesday", "DATE", "2023-03-22")],
    ),
    (
        '"March with us on Saturday," the union leader told a rally.',
        "1997-08-07",
        [("Saturday", "DATE", "1997-08-09")],
    ),
    (
        ("The EU chief urged China to help avert an escalation in a phone call with Premier Li on Tuesday."),
        "2025-04-11",
        [("Tuesday", "DATE", "2025-04-08")],
    ),
    (
        "Voters head to the polls Tuesday to choose a governor.",
        "2022-11-07",
        [("Tuesday", "DATE", "2022-11-08")],
    ),
    (
        "The Harvest Fair returns to the fairgrounds Friday through Sunday.",
        "2024-10-17",
        [("Friday", "DATE", "2024-10-18"), ("Sunday", "DATE", "2024-10-20")],
    ),
    (
        "Valemont agreed to sign the Swiss midfielder Josh May. May, 27, joined Basel in 2019.",
        "2024-08-25",
        [("2019", "DATE", "2019")],
    ),
    (
        "The landfill will stay open late next week.",
        "2024-05-06",
        [("next week", "DATE", "2024-W20")],
    ),
    (
        (
            "The shower will continue until Aug. 24. The best viewing will come after the moon sets "
            "around 11 p.m."
        ),
        "2024-08-09",
        [("Aug. 24", "DATE", "2024-08-24"), ("around 11 p.m.", "TIME", "2024-08-09T23:00", "APPROX")],
    ),
    (
        (
            "The day shift went underground at 7 a.m. on Wednesday, March 3, 1971. The foreman had "
            "noted cracking rock the previous afternoon. At 10:52 a.m. the roof collapsed."
        ),
        "2021-03-02",
        [
            ("7 a.m. on Wednesday, March 3, 1971", "TIME", "1971-03-03T07:00"),
            ("the previous afternoon", "TIME", "1971-03-02TAF"),
            ("10:52 a.m.", "TIME", "1971-03-03T10:52"),
        ],
    ),
    (
        "Bingo is played Thursday afternoons at the Grange.",
        "2023-11-28",
        [("Thursday afternoons", "SET", "XXXX-WXX-4TAF")],
    ),
    (
        "On days when the temperature tops 95 degrees, some classrooms are unbearable by 11 a.m.",
        "2016-08-28",
        [("11 a.m.", "TIME", "XXXX-XX-XXT11:00")],
    ),
    (
        (
            "The mine flooded at 7 a.m. on Tuesday, Dec. 10, 1974. On Friday, Dec. 13, divers found "
            "the last of the men."
        ),
        "2024-12-09",
        [
            ("7 a.m. on Tuesday, Dec. 10, 1974", "TIME", "1974-12-10T07:00"),
            ("Friday, Dec. 13", "DATE", "1974-12-13"),
        ],
    ),
    (
        "The county office is open 9 a.m. to 4 p.m. weekdays.",
        "2023-09-20",
        [
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("weekdays", "SET", "P1W"),
        ],
    ),
    (
        (
            "The fair opens Friday evening with a concert at 7 p.m. On Saturday, the parade steps "
            "off at 10 a.m."
        ),
        "2023-09-20",
        [
            ("Friday evening", "TIME", "2023-09-22TEV"),
            ("7 p.m.", "TIME", "2023-09-22T19:00"),
            ("Saturday", "DATE", "2023-09-23"),
            ("10 a.m.", "TIME", "2023-09-23T10:00"),
        ],
    ),
    (
        ("Crews hope to restore power to most homes by Sunday. We will have updates throughout the evening."),
        "2024-03-14",
        [("Sunday", "DATE", "2024-03-17"), ("the evening", "TIME", "2024-03-14TEV")],
    ),
    (
        "Officials said he would resign when the votes are counted on Sunday.",
        "2014-03-14",
        [("Sunday", "DATE", "2014-03-16")],
    ),
    (
        ("Markets now expect a first rate cut in September, compared with June as recently as last month."),
        "2024-04-25",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("September", "DATE", "2024-09"),
            ("June", "DATE", "2024-06"),
            ("last month", "DATE", "2024-03"),
        ],
    ),
    (
        "The library will close at 1 p.m. Wednesday and remain closed Thursday.",
        "2025-11-24",
        [("1 p.m. Wednesday", "TIME", "2025-11-26T13:00"), ("Thursday", "DATE", "2025-11-27")],
    ),
    (
        "The fire broke out at 11:40 p.m. on Friday. Shortly after midnight, the roof collapsed.",
        "2016-02-08",
        [("11:40 p.m. on Friday", "TIME", "2016-02-05T23:40"), ("midnight", "TIME", "2016-02-05T24:00")],
    ),
    (
        (
            "Polls open on Tuesday. Dixville Notch, which casts its ballots just after midnight, "
            "will report first."
        ),
        "2016-02-05",
        [("Tuesday", "DATE", "2016-02-09"), ("midnight", "TIME", "2016-02-09T00:00")],
    ),
    (
        (
            "The ship sank at 5:37 p.m. on Nov. 18, 1958. A cutter found the two survivors at 8:25 "
            "the next morning."
        ),
        "2018-11-16",
        [
            ("5:37 p.m. on Nov. 18, 1958", "TIME", "1958-11-18T17:37"),
            ("8:25 the next morning", "TIME", "1958-11-19T08:25"),
        ],
    ),
    (
        "Stocks closed lower on Friday, ending the week with their steepest loss since March.",
        "2023-09-22",
        [("Friday", "DATE", "2023-09-22"), ("the week", "DATE", "2023-W38"), ("March", "DATE", "2023-03")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_32(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
