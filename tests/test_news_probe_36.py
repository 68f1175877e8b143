"""A thirty-sixth probe of news: court and crime reporting, business and economics wires, features
that retell an old story, broadcast transcripts, sport, weather and disaster reports, politics,
TimeBank-like wires of 1989-1998, science and health news, international wires of 2010-2013,
local and community news and Wall Street Journal copy of 1989-1990 (documents written for the
probe); and, in a fourth round, AQUAINT-like news of 1998-2000, obituaries and death notices,
transport and aviation accident reports and broadcast transcripts; and, in a fifth, wires of
2011-2014, TimeBank-like news and modern business news.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Direction: a plan told in the simple past may be gone by ("Jordan decided to join the
  delegation on Oct. 20", written on the 29th); what is so by a month in a clause of the present
  is ahead ("Investors see a hike by November"); so are the end of a span from now ("between now
  and Wednesday"), what stays in force until a day ("with a red flag warning in effect until 9
  p.m. MDT Friday"), the soonest a modal's event may come ("could lose its status as early as
  January, officials said last month"), a notice's request ("Drivers are asked to avoid Main
  Street on Friday"), a day called off ("has canceled its Jan. 2 meeting"), a day an event is
  moved up to ("was moved up to Jan. 18"), a fixture a present perfect prepares for ("has named
  an unchanged XV for Saturday's clash") and a ceremony's hour ("at Monday's 11 a.m. ceremony");
  a past verb of four letters is a past ("She sued the county in December", "He pled guilty").
- Which day a clock is on: not a day an event the report's comes after ("The deal follows a
  summit on Sunday that ended without agreement. Sarkozy announced it at 4:30 a.m.", "hours after
  a hydrogen explosion on Monday morning"); a future day told before a background year ("The
  derby on September 13 will be the first since Rovers were relegated last year. Kick-off is at
  3pm"); a bare hour before "that night" is on the night's day ("at 11 that night"); a morning's
  bare hour ("At 5:30 on the morning of Dec. 3, 1949"); "9:52 p.m. that Wednesday" is one time.
- Habits: a month or a quarter its sentence says is usually so ("December is usually the busiest
  month", "The third quarter is traditionally our weakest"); seasons that sometimes come ("a
  second wave sometimes arrives in the spring"); "Most years the lake freezes over in December";
  "Normally I'm done by the middle of May"; "a typical Monday"; weekday parts in the plural ("She
  spent Sunday afternoons at the lake"); "every other Wednesday evening".
- "today": the present age a figure is told for against a year before ("The mill employed 900
  people in 1970; it employs 40 today"), or set against a past ("more concentrated today than at
  any time since February 2011", "poorer than it was a decade ago", '"Back then ..." "Today you
  can get a result"'), "Kids today".
- Words: race times and margins ("third at 2:11", "4:38 down", "won the stage by 1:08 from",
  "won the 1500m in 3:41", "the second half in 59:50"); game clocks are no time ("4:31 of the
  second overtime"); compound hours ("3 hours, 12 minutes after the first pitch", "an hour and a
  quarter"); "a hundred and thirty years"; spoken hours after a day ("Monday at ten"); "the
  twenty eighth of February, nineteen ninety one"; "in over three decades" (a bound) but "over a
  year of treatment" (a span); "during the first month"; "her first week in office"; "at least
  Tuesday morning" (ON_OR_AFTER); "Forty years ago this weekend"; "a year ago this week" by the
  week's Thursday; "the weekend run-off"; "days more of disruption"; "produced decades of
  rumors"; "the night before in a church basement"; ranks ("the 20th of his career", "the 15th in
  a row", "Hamilton's 105th win and the 9th at Silverstone"); "the Fourth" (of July); "One day
  will be made up" (a count); "In some years" (no length); "every Super Tuesday state" (no set);
  "sends readings to a nurse weekly"; "the autumn internationals".
- A fourth round: a funeral notice's services are ahead ("Mass of Christian Burial Monday 10:30
  AM", "Visitation Monday 4-7 p.m."); a body's "cut" with its object is a past ("In October, the
  company cut its forecast"); "a scheduled inspection" plans nothing; a feast after a year just
  told is that year's ("The store burned in 1987, but he reopened it by Thanksgiving"); a year
  "last" won is counted on from by the next sentence ("last voted on its future in 1973.
  Twenty-five years later"); an evening broadcast's hour ("Good evening. It's 9:07 in the East");
  zones of accident reports ("2:10 p.m. HST on Saturday", "06:14 WITA on Jan. 9"); "every 24
  calendar months"; "two or three times a week"; "One second we were slowing down, the next ..."
  (no length); "country doctor of the year" (a title); "the spring recital"; "suffered decades of
  drought", "blamed the collapse on years of neglect".
- A fifth round: a clause of the present that waits until after a feast has it ahead ("where
  lawmakers are on recess until after Labor Day"); a modal's doubt of a link to a deed has its day
  gone by ("may be linked to a robbery on Jan. 29"); what was cancelled for a month was to come
  ("cancelled its flights for June"); the end of a year a forecast is for ("raised its forecast
  for the fiscal year ending in March"); a day of a price compared with is no story day ("a 27%
  premium to Friday's close ... in morning trading"); "Today is a reminder", "Today shows" (the
  day); ranks of people ("the 11th livery driver killed"); "this whole decade", "This entire
  year"; "5-1/2-year highs"; a brand ("Late Summer kettle corn"); "for the year earlier in the
  day" (no year before); a figure's month, not the day it came out on,
  is what "a year earlier" compares ("16.5 percent in August, official data showed on Thursday,
  up from 12.2 percent a year earlier"); "the rest of October", "the rest of the fiscal year".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Polls close in twelve states at eight p.m. Eastern, and the West Coast doesn't finish "
            "voting until eleven o'clock Eastern."
        ),
        "1998-11-03",
        [
            ("eight p.m. Eastern", "TIME", "1998-11-03T20:00-05:00"),
            ("eleven o'clock Eastern", "TIME", "1998-11-03T23:00-05:00"),
        ],
    ),
    (
        (
            "As of the five p.m. advisory, Georges was moving northwest. The next full advisory "
            "comes out at ten o'clock Central time."
        ),
        "1998-09-27",
        [
            ("five p.m.", "TIME", "1998-09-27T17:00"),
            ("ten o'clock Central time", "TIME", "1998-09-27T22:00-05:00"),
        ],
    ),
    (
        ("Good evening. It's seven o'clock here in the East, and the polls have just closed in six states."),
        "1998-11-03",
        [("seven o'clock", "TIME", "1998-11-03T19:00")],
    ),
    (
        "Good evening. It is just after six o'clock here and the light is fading fast.",
        "1998-02-23",
        [("six o'clock", "TIME", "1998-02-23T18:00")],
    ),
    (
        ("The debate will now start tomorrow at nine, and the final vote could come as early as Saturday."),
        "1998-12-17",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("tomorrow at nine", "TIME", "1998-12-18T09:00"),
            ("Saturday", "DATE", "1998-12-19"),
        ],
    ),
    (
        "The hearing resumes Monday at ten.",
        "1998-12-17",
        [("Monday at ten", "TIME", "1998-12-21T10:00")],
    ),
    (
        (
            "It has been a hundred and thirty years since the House last impeached a president, in "
            "eighteen sixty eight."
        ),
        "1998-12-17",
        [("a hundred and thirty years", "DURATION", "P130Y"), ("eighteen sixty eight", "DATE", "1868")],
    ),
    (
        "The flood came a hundred and twenty years ago.",
        "1998-11-03",
        [("a hundred and twenty years ago", "DATE", "1878")],
    ),
    (
        ("We're looking at fifteen to twenty inches of rain in some spots between now and Wednesday."),
        "1998-09-27",
        [("now", "DATE", "PRESENT_REF"), ("Wednesday", "DATE", "1998-09-30")],
    ),
    (
        "We're looking at more rain between now and Saturday.",
        "1998-10-29",
        [("now", "DATE", "PRESENT_REF"), ("Saturday", "DATE", "1998-10-31")],
    ),
    (
        "The Gulf War ended on the twenty eighth of February, nineteen ninety one.",
        "1998-10-29",
        [("the twenty eighth of February, nineteen ninety one", "DATE", "1991-02-28")],
    ),
    (
        "The rebels attacked on the third of March, nineteen ninety one.",
        "1998-10-29",
        [("the third of March, nineteen ninety one", "DATE", "1991-03-03")],
    ),
    (
        (
            "The Justice Department, which sued to block the law in January, has until Oct. 15 to "
            "file its reply."
        ),
        "2024-08-29",
        [("January", "DATE", "2024-01"), ("Oct. 15", "DATE", "2024-10-15")],
    ),
    (
        "She sued the county in December, and the case is still pending.",
        "2024-08-29",
        [("December", "DATE", "2023-12")],
    ),
    (
        "He pled guilty in December to two counts of fraud.",
        "2024-08-29",
        [("December", "DATE", "2023-12")],
    ),
    (
        ("The boat left port on Monday, Oct. 28, 1991. The last call came at 9:52 p.m. that Wednesday."),
        "2021-10-14",
        [
            ("Monday, Oct. 28, 1991", "DATE", "1991-10-28"),
            ("9:52 p.m. that Wednesday", "TIME", "1991-10-30T21:52"),
        ],
    ),
    (
        ("The plant exploded on Tuesday, June 3, 1986. Workers were evacuated by 10 p.m. that Friday."),
        "2025-05-09",
        [
            ("Tuesday, June 3, 1986", "DATE", "1986-06-03"),
            ("10 p.m. that Friday", "TIME", "1986-06-06T22:00"),
        ],
    ),
    (
        ("The families plan a memorial on Oct. 30. The names will be read at the pier at 3 that afternoon."),
        "2021-10-14",
        [
            ("Oct. 30", "DATE", "2021-10-30"),
            ("3", "TIME", "2021-10-30T15:00"),
            ("that afternoon", "TIME", "2021-10-30TAF"),
        ],
    ),
    (
        "The polls closed on May 2, 1998. The count stopped at 11 that night.",
        "2025-05-09",
        [
            ("May 2, 1998", "DATE", "1998-05-02"),
            ("11", "TIME", "1998-05-02T23:00"),
            ("that night", "TIME", "1998-05-02TNI"),
        ],
    ),
    (
        "Forty years ago this weekend, the Buffaloes won the state title.",
        "2025-03-21",
        [("Forty years ago this weekend", "DATE", "1985-W12-WE")],
    ),
    (
        "Twenty-five years ago this weekend, the dam broke.",
        "2025-03-21",
        [("Twenty-five years ago this weekend", "DATE", "2000-W12-WE")],
    ),
    (
        "The boat sank in October 1991. Their son was 9 that fall.",
        "2021-10-14",
        [("October 1991", "DATE", "1991-10"), ("that fall", "DATE", "1991-FA")],
    ),
    (
        "The school had 212 students in 1985. It has about 300 students today.",
        "2025-03-21",
        [("1985", "DATE", "1985"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        "The mill employed 900 people in 1970; it employs 40 today.",
        "2025-03-21",
        [("1970", "DATE", "1970"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Traders in futures markets now see the Fed's next rate cut coming in June, with a "
            "second reduction by October."
        ),
        "2025-03-19",
        [("now", "DATE", "PRESENT_REF"), ("June", "DATE", "2025-06"), ("October", "DATE", "2025-10")],
    ),
    (
        "Investors see a hike by November.",
        "2025-02-12",
        [("November", "DATE", "2025-11")],
    ),
    (
        "Futures markets price in a cut by October.",
        "2025-02-12",
        [("October", "DATE", "2025-10")],
    ),
    (
        (
            "The country could lose its elimination status as early as January, federal officials "
            "said last month."
        ),
        "2025-08-21",
        [("January", "DATE", "2026-01"), ("last month", "DATE", "2025-07")],
    ),
    (
        "The FDA could rule on the drug as early as January, the company said last week.",
        "2025-08-21",
        [("January", "DATE", "2026-01"), ("last week", "DATE", "2025-W33")],
    ),
    (
        "The state could lose its funding as early as March, officials said last week.",
        "2025-08-21",
        [("March", "DATE", "2026-03"), ("last week", "DATE", "2025-W33")],
    ),
    (
        "Cases are at their highest level in over three decades.",
        "2025-08-21",
        [("over three decades", "DURATION", "P30Y", "MORE_THAN")],
    ),
    (
        "It is the first such case in over 20 years.",
        "2025-08-21",
        [("over 20 years", "DURATION", "P20Y", "MORE_THAN")],
    ),
    (
        (
            "Over a decade of screening every two years, about half of women will get at least one "
            "false alarm."
        ),
        "2025-10-02",
        [("a decade", "DURATION", "P10Y"), ("every two years", "SET", "P2Y")],
    ),
    (
        "Blood pressure fell steadily over a year of treatment.",
        "2025-10-02",
        [("a year", "DURATION", "P1Y")],
    ),
    (
        "Side effects were most common during the first month.",
        "2024-06-18",
        [("the first month", "DURATION", "P1M")],
    ),
    (
        "Most patients lost weight in the first month.",
        "2024-06-18",
        [("the first month", "DURATION", "P1M")],
    ),
    (
        "Patients were monitored closely during the first week.",
        "2024-06-18",
        [("the first week", "DURATION", "P1W")],
    ),
    (
        (
            "They will compare standard care with a home monitoring program that sends readings to a "
            "nurse weekly."
        ),
        "2025-03-12",
        [("weekly", "SET", "P1W")],
    ),
    (
        "Patients mail a stool sample to a lab monthly.",
        "2025-03-12",
        [("monthly", "SET", "P1M")],
    ),
    (
        "The app sends the data to a doctor daily.",
        "2025-03-12",
        [("daily", "SET", "P1D")],
    ),
    (
        "Flu usually peaks in February, but a second wave sometimes arrives in the spring.",
        "2025-01-29",
        [("February", "DATE", "XXXX-02"), ("the spring", "DATE", "XXXX-SP")],
    ),
    (
        "A second wave of infections sometimes follows in the fall.",
        "2025-01-29",
        [("the fall", "DATE", "XXXX-FA")],
    ),
    (
        "Allergy symptoms often return in the fall.",
        "2025-01-29",
        [("the fall", "DATE", "XXXX-FA")],
    ),
    (
        "In some years the vaccine is a poor match.",
        "2025-01-29",
        [],
    ),
    (
        "Cases in some years topped 1,000.",
        "2025-01-29",
        [],
    ),
    (
        ("Alvarado leads in nearly every Super Tuesday state, according to polls released on Sunday."),
        "2028-02-28",
        [("Super Tuesday", "DATE", "2028-03-07"), ("Sunday", "DATE", "2028-02-27")],
    ),
    (
        (
            "On Thursday, MPs will debate the Grenfell Tower inquiry's final report, which was "
            "published a year ago this week."
        ),
        "2025-09-01",
        [("Thursday", "DATE", "2025-09-04"), ("a year ago this week", "DATE", "2024-W36")],
    ),
    (
        "Two years ago this week, the party lost its majority.",
        "2025-09-01",
        [("Two years ago this week", "DATE", "2023-W36")],
    ),
    (
        ("Whitfield has promised to call a special session of the Legislature in her first week in office."),
        "2026-11-04",
        [("first week", "DURATION", "P1W")],
    ),
    (
        "He promised to sign the bill in his first month in office.",
        "2026-11-04",
        [("first month", "DURATION", "P1M")],
    ),
    (
        "Pogacar won the stage. Lipowitz was third at 2:11.",
        "2025-07-17",
        [("2:11", "DURATION", "PT2M11S")],
    ),
    (
        "Evenepoel sits fourth, 4:38 down.",
        "2025-07-17",
        [("4:38", "DURATION", "PT4M38S")],
    ),
    (
        "Pogacar won the stage by 1:08 from Vingegaard.",
        "2025-07-17",
        [("1:08", "DURATION", "PT1M8S")],
    ),
    (
        ("Kiprono won in 2:01:58. He went through halfway in 60:41 and covered the next 5km in 14:09."),
        "2025-04-28",
        [
            ("2:01:58", "DURATION", "PT2H1M58S"),
            ("60:41", "DURATION", "PT60M41S"),
            ("14:09", "DURATION", "PT14M9S"),
        ],
    ),
    (
        "Kiprono won the marathon in 2:01:58 and ran the second half in 59:50.",
        "2025-04-28",
        [("2:01:58", "DURATION", "PT2H1M58S"), ("59:50", "DURATION", "PT59M50S")],
    ),
    (
        "Ingebrigtsen won the 1500m in 3:41, with Kerr second in 3:42.",
        "2025-04-28",
        [("3:41", "DURATION", "PT3M41S"), ("3:42", "DURATION", "PT3M42S")],
    ),
    (
        (
            "Organisers confirmed this morning that the final stage on July 27 will include three "
            "ascents of Montmartre, as in the Olympic road race last summer. The stage will start at "
            "4pm, so the finish will be around 7pm."
        ),
        "2025-07-17",
        [
            ("this morning", "TIME", "2025-07-17TMO"),
            ("July 27", "DATE", "2025-07-27"),
            ("last summer", "DATE", "2024-SU"),
            ("4pm", "TIME", "2025-07-27T16:00"),
            ("around 7pm", "TIME", "2025-07-27T19:00", "APPROX"),
        ],
    ),
    (
        (
            "The derby on September 13 will be the first since Rovers were relegated last year. "
            "Kick-off is at 3pm."
        ),
        "2025-08-29",
        [
            ("September 13", "DATE", "2025-09-13"),
            ("last year", "DATE", "2024"),
            ("3pm", "TIME", "2025-09-13T15:00"),
        ],
    ),
    (
        (
            "Gregor Townsend has named an unchanged starting XV for Saturday's Six Nations clash "
            "with France at Murrayfield, where kick-off is at 4.45pm."
        ),
        "2025-02-20",
        [("Saturday", "DATE", "2025-02-22"), ("4.45pm", "TIME", "2025-02-22T16:45")],
    ),
    (
        "Kinghorn has been passed fit for Sunday's final against Leinster.",
        "2025-02-20",
        [("Sunday", "DATE", "2025-02-23")],
    ),
    (
        "Ellis has confirmed the line-up for Saturday's game.",
        "2025-02-20",
        [("Saturday", "DATE", "2025-02-22")],
    ),
    (
        "The ball landed 3 hours, 12 minutes after the first pitch.",
        "2025-10-22",
        [("3 hours, 12 minutes", "DURATION", "PT3H12M")],
    ),
    (
        "Play finally resumed 2 hours and 40 minutes after the scheduled start.",
        "2025-10-22",
        [("2 hours and 40 minutes", "DURATION", "PT2H40M")],
    ),
    (
        "Play resumed 1 hour, 20 minutes after the rain began.",
        "2025-10-22",
        [("1 hour, 20 minutes", "DURATION", "PT1H20M")],
    ),
    (
        "Gates open two hours and a quarter before kick-off.",
        "2025-02-20",
        [("two hours and a quarter", "DURATION", "PT2H15M")],
    ),
    (
        "The delay lasted an hour and a quarter.",
        "2025-02-20",
        [("an hour and a quarter", "DURATION", "PT1H15M")],
    ),
    (
        "It was his third stage win of this year's race and the 20th of his career.",
        "2025-07-17",
        [("this year", "DATE", "2025")],
    ),
    (
        "The match is a sell-out, the 15th in a row since February 2023.",
        "2025-02-20",
        [("February 2023", "DATE", "2023-02")],
    ),
    (
        "It was Hamilton's 105th win and the 9th at Silverstone.",
        "2025-07-17",
        [],
    ),
    (
        "Dupont missed the autumn internationals.",
        "2025-02-20",
        [("autumn", "DATE", "2024-FA")],
    ),
    (
        "He played in the spring friendlies.",
        "2025-02-20",
        [("spring", "DATE", "2024-SP")],
    ),
    (
        (
            "Syria, which agreed to attend only on Oct. 18 after months of American pressure, said "
            "earlier this month that it would not take part in the multilateral talks."
        ),
        "1991-10-29",
        [
            ("Oct. 18", "DATE", "1991-10-18"),
            ("months", "DURATION", "PXM"),
            ("earlier this month", "DATE", "1991-10", "START"),
        ],
    ),
    (
        "Jordan decided to join the delegation on Oct. 20, officials said.",
        "1991-10-29",
        [("Oct. 20", "DATE", "1991-10-20")],
    ),
    (
        "The company agreed to sell the unit on Oct. 3, and the deal closed last week.",
        "1991-10-29",
        [("Oct. 3", "DATE", "1991-10-03"), ("last week", "DATE", "1991-W43")],
    ),
    (
        (
            "Hollis was arrested in Tucson on Jan. 14. Detectives testified Tuesday that he had been "
            "living under an assumed name."
        ),
        "1994-03-10",
        [("Jan. 14", "DATE", "1994-01-14"), ("Tuesday", "DATE", "1994-03-08")],
    ),
    (
        (
            "The plant was closed on Feb. 2 after the blast. Inspectors told a hearing Tuesday that "
            "the valves had failed."
        ),
        "1994-03-10",
        [("Feb. 2", "DATE", "1994-02-02"), ("Tuesday", "DATE", "1994-03-08")],
    ),
    (
        (
            '"The third quarter is traditionally our weakest, but this one was worse than we '
            'expected," the chairman said.'
        ),
        "1989-10-19",
        [("The third quarter", "SET", "XXXX-Q3")],
    ),
    (
        "The fourth quarter is usually the strongest for retailers.",
        "1989-10-19",
        [("The fourth quarter", "SET", "XXXX-Q4")],
    ),
    (
        "December is usually the busiest month for toy makers.",
        "1989-10-19",
        [("December", "DATE", "XXXX-12")],
    ),
    (
        "The bank cut rates in November and now expects growth to slow.",
        "1998-01-09",
        [("November", "DATE", "1997-11"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "The fire had burned 41,000 acres by Thursday morning, officials said, with a red flag "
            "warning in effect until 9 p.m. MDT Friday."
        ),
        "2025-08-14",
        [
            ("Thursday morning", "TIME", "2025-08-14TMO"),
            ("9 p.m. MDT Friday", "TIME", "2025-08-15T21:00-06:00"),
        ],
    ),
    (
        (
            "Crews restored power to 40,000 homes overnight, the utility said, with a wind advisory "
            "in place through Saturday evening."
        ),
        "2025-08-14",
        [("overnight", "TIME", "2025-08-13TNI"), ("Saturday evening", "TIME", "2025-08-16TEV")],
    ),
    (
        (
            "The storm knocked out power to 40,000 homes, officials said, with a flood watch in "
            "effect until 6 a.m. Sunday."
        ),
        "2025-08-14",
        [("6 a.m. Sunday", "TIME", "2025-08-17T06:00")],
    ),
    (
        "Amtrak suspended service between New York and Boston until at least Tuesday morning.",
        "2025-01-20",
        [("at least Tuesday morning", "TIME", "2025-01-21TMO", "ON_OR_AFTER")],
    ),
    (
        "The bridge will stay closed until at least Friday evening.",
        "2025-01-20",
        [("at least Friday evening", "TIME", "2025-01-24TEV", "ON_OR_AFTER")],
    ),
    (
        "The ban will remain in place until at least tomorrow night.",
        "2025-01-20",
        [("at least tomorrow night", "TIME", "2025-01-21TNI", "ON_OR_AFTER")],
    ),
    (
        '"Normally I\'m done by the middle of May."',
        "2025-06-02",
        [("the middle of May", "DATE", "XXXX-05", "MID")],
    ),
    (
        "Most years the lake freezes over in December.",
        "2025-07-18",
        [("December", "DATE", "XXXX-12")],
    ),
    (
        "Farmers usually finish the harvest by late October.",
        "2025-07-18",
        [("late October", "DATE", "XXXX-10", "END")],
    ),
    (
        "Roads were emptier than on a typical Monday.",
        "2025-01-20",
        [("a typical Monday", "DATE", "XXXX-WXX-1")],
    ),
    (
        "Traffic was lighter than on an ordinary Friday.",
        "2025-07-18",
        [("an ordinary Friday", "DATE", "XXXX-WXX-5")],
    ),
    (
        (
            '"Back then nobody had the technology," Ostrowski said Tuesday. "Today you can get a '
            'result in an afternoon."'
        ),
        "2024-10-17",
        [("Tuesday", "DATE", "2024-10-15"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "Kids today have no idea what we went through.",
        "2025-02-06",
        [("today", "DATE", "PRESENT_REF")],
    ),
    (
        "The winning goal came at 4:31 of the second overtime.",
        "2025-02-06",
        [],
    ),
    (
        "She scored the winner 1:48 into overtime.",
        "2025-02-06",
        [],
    ),
    (
        "The winner came at 9:58 of the fourth quarter.",
        "2025-02-06",
        [],
    ),
    (
        "At 5:30 on the morning of Dec. 3, 1949, a guard counted heads.",
        "2024-12-04",
        [("5:30 on the morning of Dec. 3, 1949", "TIME", "1949-12-03T05:30")],
    ),
    (
        "The fire was reported at 3 o'clock on the morning of Aug. 9, 1962.",
        "2024-12-04",
        [("3 o'clock on the morning of Aug. 9, 1962", "TIME", "1962-08-09T03:00")],
    ),
    (
        (
            "The whistle blew at 6 a.m. on Sept. 10, 1971. The signs had been painted the night "
            "before in a church basement."
        ),
        "2024-09-05",
        [
            ("6 a.m. on Sept. 10, 1971", "TIME", "1971-09-10T06:00"),
            ("the night before", "TIME", "1971-09-09TNI"),
        ],
    ),
    (
        ("The vote was held on May 2, 1990. The ballots had been printed the night before by volunteers."),
        "2024-09-05",
        [("May 2, 1990", "DATE", "1990-05-02"), ("the night before", "TIME", "1990-05-01TNI")],
    ),
    (
        "Vane's escape has produced decades of rumors.",
        "2024-12-04",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "The feud produced years of lawsuits.",
        "2024-12-04",
        [("years", "DURATION", "PXY")],
    ),
    (
        "Relatives of the victims are expected at Monday's 11 a.m. ceremony.",
        "2025-01-23",
        [("Monday", "DATE", "2025-01-27"), ("11 a.m.", "TIME", "2025-01-27T11:00")],
    ),
    (
        "The mayor will speak at Sunday's 2 p.m. service.",
        "2025-01-23",
        [("Sunday", "DATE", "2025-01-26"), ("2 p.m.", "TIME", "2025-01-26T14:00")],
    ),
    (
        "The mayor will speak at Sunday's service.",
        "2025-01-23",
        [("Sunday", "DATE", "2025-01-26")],
    ),
    (
        ("The Board of Aldermen has canceled its Jan. 2 meeting; it will meet instead at 7 p.m. Jan. 9."),
        "2024-12-20",
        [("Jan. 2", "DATE", "2025-01-02"), ("7 p.m. Jan. 9", "TIME", "2025-01-09T19:00")],
    ),
    (
        "The league postponed its Jan. 4 tournament because of the forecast.",
        "2024-12-28",
        [("Jan. 4", "DATE", "2025-01-04")],
    ),
    (
        (
            "Those attending the visitation on Thursday evening are asked to park on the east side "
            "of the building."
        ),
        "2024-11-19",
        [("Thursday evening", "TIME", "2024-11-21TEV")],
    ),
    (
        "Drivers are asked to avoid Main Street on Friday.",
        "2024-11-19",
        [("Friday", "DATE", "2024-11-22")],
    ),
    (
        "Residents are urged to vote Thursday.",
        "2024-11-19",
        [("Thursday", "DATE", "2024-11-21")],
    ),
    (
        "He loved deer season, Saturday mornings at the coffee shop and the Hawkeyes.",
        "2024-11-19",
        [("Saturday mornings", "SET", "XXXX-WXX-6TMO")],
    ),
    (
        "She spent Sunday afternoons at the lake.",
        "2025-06-05",
        [("Sunday afternoons", "SET", "XXXX-WXX-7TAF")],
    ),
    (
        "He enjoyed Friday nights at the VFW.",
        "2025-06-05",
        [("Friday nights", "SET", "XXXX-WXX-5TNI")],
    ),
    (
        "A teen book club will meet every other Wednesday evening.",
        "2025-06-05",
        [("every other Wednesday evening", "SET", "XXXX-WXX-3TEV")],
    ),
    (
        "The garden club meets every other Tuesday morning at the library.",
        "2025-06-05",
        [("every other Tuesday morning", "SET", "XXXX-WXX-2TMO")],
    ),
    (
        "Fireworks are planned for the Fourth at Veterans Park.",
        "2025-06-05",
        [("the Fourth", "DATE", "2025-07-04")],
    ),
    (
        "Every town in the county has a parade on the Fourth.",
        "2025-06-05",
        [("the Fourth", "DATE", "2025-07-04")],
    ),
    (
        "One day will be made up on Feb. 16.",
        "2026-01-14",
        [("One day", "DURATION", "P1D"), ("Feb. 16", "DATE", "2026-02-16")],
    ),
    (
        "One day will be added to the calendar in June.",
        "2026-01-14",
        [("One day", "DURATION", "P1D"), ("June", "DATE", "2026-06")],
    ),
    (
        (
            "Leaders reached a deal on Thursday. The deal follows a summit on Sunday that ended "
            "without agreement. Sarkozy announced it at 4:30 a.m."
        ),
        "2011-10-27",
        [
            ("Thursday", "DATE", "2011-10-27"),
            ("Sunday", "DATE", "2011-10-23"),
            ("4:30 a.m.", "TIME", "2011-10-27T04:30"),
        ],
    ),
    (
        (
            "European leaders reached a deal early Thursday to cut Greece's debt. The deal follows a "
            "summit on Sunday that ended without agreement. Stocks rallied on the news, and the DAX "
            "was up 4.9 percent by midday."
        ),
        "2011-10-27",
        [
            ("early Thursday", "DATE", "2011-10-27", "START"),
            ("Sunday", "DATE", "2011-10-23"),
            ("midday", "TIME", "2011-10-27T12:00"),
        ],
    ),
    (
        (
            "Rebels freed the hostages on Wednesday. The release follows a failed army raid on "
            "Sunday that killed two guards. The freed men reached the capital at 6 p.m."
        ),
        "2012-08-15",
        [
            ("Wednesday", "DATE", "2012-08-15"),
            ("Sunday", "DATE", "2012-08-12"),
            ("6 p.m.", "TIME", "2012-08-15T18:00"),
        ],
    ),
    (
        (
            "Radiation levels near Tokyo rose on Tuesday, and Prime Minister Naoto Kan warned of a "
            "serious risk of further leaks. The blast came hours after a hydrogen explosion at "
            "reactor No. 3 on Monday morning.\n\nKan told the nation in a televised address at 11:00 "
            "am that people living near the plant should stay indoors."
        ),
        "2011-03-15",
        [
            ("Tuesday", "DATE", "2011-03-15"),
            ("hours", "DURATION", "PTXH"),
            ("Monday morning", "TIME", "2011-03-14TMO"),
            ("11:00 am", "TIME", "2011-03-15T11:00"),
        ],
    ),
    (
        (
            '"Power is today more concentrated in the hands of the generals than at any time since '
            'February 2011," he said.'
        ),
        "2012-06-18",
        [("today", "DATE", "PRESENT_REF"), ("February 2011", "DATE", "2011-02")],
    ),
    (
        "Power is more concentrated today than at any time since February 2011.",
        "2012-06-18",
        [("today", "DATE", "PRESENT_REF"), ("February 2011", "DATE", "2011-02")],
    ),
    (
        "The country is today poorer than it was a decade ago.",
        "2012-06-18",
        [("today", "DATE", "PRESENT_REF"), ("a decade ago", "DATE", "2002")],
    ),
    (
        "Mursi won 52 percent of the vote in the weekend run-off, his campaign said.",
        "2012-06-18",
        [("weekend", "DATE", "2012-W24-WE")],
    ),
    (
        "Police said the weekend clashes left 12 dead.",
        "2012-06-18",
        [("weekend", "DATE", "2012-W24-WE")],
    ),
    (
        ("European airspace reopened on Tuesday, but thousands of passengers faced days more of disruption."),
        "2010-04-21",
        [("Tuesday", "DATE", "2010-04-20"), ("days", "DURATION", "PXD")],
    ),
    (
        "Residents could face weeks more of shelling, the UN warned.",
        "2012-08-15",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "Delmar's annual meeting was moved up to Jan. 18.",
        "1989-11-14",
        [("Jan. 18", "DATE", "1990-01-18")],
    ),
    (
        "The vote has been moved up to Feb. 6.",
        "1989-11-14",
        [("Feb. 6", "DATE", "1990-02-06")],
    ),
    (
        "The hearing was advanced to Jan. 9 at the company's request.",
        "1989-11-14",
        [("Jan. 9", "DATE", "1990-01-09")],
    ),
    (
        "The airline said the jet had undergone a scheduled heavy check in October.",
        "2025-03-14",
        [("October", "DATE", "2024-10")],
    ),
    (
        "The jet underwent a scheduled inspection on March 3.",
        "2025-03-14",
        [("March 3", "DATE", "2025-03-03")],
    ),
    (
        "Officials said the bridge had passed a scheduled inspection in December.",
        "2025-03-14",
        [("December", "DATE", "2024-12")],
    ),
    (
        "The jet underwent a scheduled inspection on Tuesday.",
        "2025-03-14",
        [("Tuesday", "DATE", "2025-03-11")],
    ),
    (
        "The ATR took off at 06:14 WITA on Jan. 9.",
        "2025-01-27",
        [("06:14 WITA on Jan. 9", "TIME", "2025-01-09T06:14+08:00")],
    ),
    (
        "The tour helicopter went down at 2:10 p.m. HST on Saturday.",
        "2025-03-20",
        [("2:10 p.m. HST on Saturday", "TIME", "2025-03-15T14:10-10:00")],
    ),
    (
        "The floatplane crashed at 9:05 a.m. AKDT on Aug. 2.",
        "2025-09-18",
        [("9:05 a.m. AKDT on Aug. 2", "TIME", "2025-08-02T09:05-08:00")],
    ),
    (
        "A flight review is required every 24 calendar months.",
        "2025-09-18",
        [("every 24 calendar months", "SET", "P24M")],
    ),
    (
        "The check must be repeated every 12 calendar months.",
        "2025-09-18",
        [("every 12 calendar months", "SET", "P12M")],
    ),
    (
        "Members typically fly the plane two or three times a week.",
        "2025-09-18",
        [("two or three times a week", "SET", "P1W")],
    ),
    (
        "The plane is washed once or twice a month.",
        "2025-09-18",
        [("once or twice a month", "SET", "P1M")],
    ),
    (
        '"One second we were slowing down, the next we were in a field," he said.',
        "2025-03-14",
        [],
    ),
    (
        "One minute the engine was running, the next it was silent.",
        "2025-03-14",
        [],
    ),
    (
        "Experts blame the disaster partly on decades of logging in the upper reaches.",
        "1998-08-03",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "Officials blamed the collapse on years of neglect.",
        "1998-08-03",
        [("years", "DURATION", "PXY")],
    ),
    (
        "The region suffered decades of drought.",
        "1998-08-03",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "The town suffered weeks of heavy shelling.",
        "1999-04-06",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "In October, the company cut its forecast for the third quarter of 1998.",
        "1999-04-15",
        [("October", "DATE", "1998-10"), ("the third quarter of 1998", "DATE", "1998-Q3")],
    ),
    (
        "In September, the central bank cut interest rates.",
        "1999-04-15",
        [("September", "DATE", "1998-09")],
    ),
    (
        "The company cut its dividend in July.",
        "1999-04-15",
        [("July", "DATE", "1998-07")],
    ),
    (
        (
            "Good evening. It is just after 9 o'clock on the East Coast, and the polls have now "
            "closed in 31 states."
        ),
        "1998-11-03",
        [("9 o'clock", "TIME", "1998-11-03T21:00"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "Good evening. It's 9:07 in the East.",
        "1998-11-03",
        [("9:07", "TIME", "1998-11-03T21:07")],
    ),
    (
        (
            "Northern Ireland last voted on its future in 1973. Twenty-five years later, it has "
            "another chance."
        ),
        "1998-04-10",
        [("1973", "DATE", "1973"), ("Twenty-five years later", "DATE", "1998")],
    ),
    (
        "The team last won the title in 1985. Two years later it was relegated.",
        "1998-04-10",
        [("1985", "DATE", "1985"), ("Two years later", "DATE", "1987")],
    ),
    (
        "The Alder Crest sank on Nov. 11, 1965. She had been inspected on Nov. 2 and passed.",
        "2025-11-08",
        [("Nov. 11, 1965", "DATE", "1965-11-11"), ("Nov. 2", "DATE", "1965-11-02")],
    ),
    (
        (
            "Stanley J. Kowalski, 94, died Tuesday. Mass of Christian Burial Monday 10:30 AM at St. "
            "Charles Church."
        ),
        "2025-11-28",
        [("Tuesday", "DATE", "2025-11-25"), ("Monday 10:30 AM", "TIME", "2025-12-01T10:30")],
    ),
    (
        (
            "Marie DeSantis, 101, died Thanksgiving morning. Funeral Mass Wednesday at 9:30 a.m. at "
            "Holy Rosary Church."
        ),
        "2025-11-28",
        [
            ("Thanksgiving morning", "TIME", "2025-11-27TMO"),
            ("Wednesday at 9:30 a.m.", "TIME", "2025-12-03T09:30"),
        ],
    ),
    (
        "Visitation Monday 4-7 p.m. at Ferfolia Funeral Home.",
        "2025-11-28",
        [
            ("Monday", "DATE", "2025-12-01"),
            ("4", "TIME", "2025-12-01T16:00"),
            ("7 p.m.", "TIME", "2025-12-01T19:00"),
        ],
    ),
    (
        "Her students played at the spring recital in the parish hall.",
        "2025-04-30",
        [("spring", "DATE", "2025-SP")],
    ),
    (
        "She organized the autumn bazaar at the church.",
        "2025-04-30",
        [("autumn", "DATE", "2024-FA")],
    ),
    (
        "A fall in 2022 broke her hip. Even then she was back at the console by Christmas.",
        "2025-04-30",
        [("2022", "DATE", "2022"), ("Christmas", "DATE", "2022-12-25")],
    ),
    (
        "The store burned in 1987, but he reopened it by Thanksgiving.",
        "2025-04-30",
        [("1987", "DATE", "1987"), ("Thanksgiving", "DATE", "1987-11-26")],
    ),
    (
        "She moved to Dover in 1988 and by Christmas had joined the choir.",
        "2025-04-30",
        [("1988", "DATE", "1988"), ("Christmas", "DATE", "1988-12-25")],
    ),
    (
        "He was named country doctor of the year.",
        "2025-09-18",
        [],
    ),
    (
        "In 1983 the county Grange named him farmer of the year.",
        "2025-09-18",
        [("1983", "DATE", "1983")],
    ),
    (
        ("Kanzaki Electric on Tuesday raised its profit forecast for the fiscal year ending in March."),
        "2023-11-07",
        [
            ("Tuesday", "DATE", "2023-11-07"),
            ("the fiscal year", "DURATION", "P1Y"),
            ("March", "DATE", "2024-03"),
        ],
    ),
    (
        "The company raised its forecast for the year ending in March.",
        "2023-11-07",
        [("the year", "DURATION", "P1Y"), ("March", "DATE", "2024-03")],
    ),
    (
        "Kanzaki raised its guidance for the fiscal year ending in March.",
        "2023-11-07",
        [("the fiscal year", "DURATION", "P1Y"), ("March", "DATE", "2024-03")],
    ),
    (
        "Sales will stay weak for the rest of the fiscal year.",
        "2023-11-07",
        [("the rest of the fiscal year", "DATE", "2023")],
    ),
    (
        (
            "Hartwell agreed to buy Bramble, the maker of Crispins potato chips and Late Summer "
            "kettle corn, for $6.8 billion."
        ),
        "2022-05-16",
        [],
    ),
    (
        "The company also sells Early Spring green tea and Midwinter cocoa.",
        "2022-05-16",
        [],
    ),
    (
        "Bramble owns the Late Summer and Harvest Moon brands.",
        "2022-05-16",
        [],
    ),
    (
        (
            "Hartwell said on Monday it would buy Bramble for $48 a share, a 27% premium to Friday's "
            "close. Bramble shares jumped 24% in morning trading."
        ),
        "2022-05-16",
        [
            ("Monday", "DATE", "2022-05-16"),
            ("Friday", "DATE", "2022-05-13"),
            ("morning", "TIME", "2022-05-16TMO"),
        ],
    ),
    (
        ("The plane landed in Havana on Nov. 12, 1972. The hijackers had bought their tickets on Oct. 30."),
        "2025-11-20",
        [("Nov. 12, 1972", "DATE", "1972-11-12"), ("Oct. 30", "DATE", "1972-10-30")],
    ),
    (
        (
            "On Capitol Hill, where lawmakers are on recess until after Labor Day, reaction was "
            "largely supportive."
        ),
        "1990-08-15",
        [("Labor Day", "DATE", "1990-09-03")],
    ),
    (
        "At the high school, where classes resume after Labor Day, teachers were worried.",
        "1990-08-15",
        [("Labor Day", "DATE", "1990-09-03")],
    ),
    (
        "The gun may be linked to a robbery on Jan. 29.",
        "1991-02-14",
        [("Jan. 29", "DATE", "1991-01-29")],
    ),
    (
        ("Investigators believe the fire may be connected to a similar blaze at the warehouse on Jan. 22."),
        "1991-02-14",
        [("Jan. 22", "DATE", "1991-01-22")],
    ),
    (
        "Mr. Almonte was the 11th livery driver killed in New York City this year.",
        "1991-02-14",
        [("this year", "DATE", "1991")],
    ),
    (
        "The victim was the 22nd police officer shot in the city since January.",
        "1991-02-14",
        [("January", "DATE", "1991-01")],
    ),
    (
        '"But this whole decade has been full of surprises," he said.',
        "1996-11-07",
        [("this whole decade", "DATE", "199")],
    ),
    (
        '"This entire year has been a disappointment," the chairman said.',
        "1996-11-07",
        [("This entire year", "DATE", "1996")],
    ),
    (
        "Analysts said the outlook for the rest of 1989 depends heavily on crude prices.",
        "1989-10-26",
        [("the rest of 1989", "DATE", "1989")],
    ),
    (
        "Dealers expect car sales to stay weak for the rest of October.",
        "1989-10-26",
        [("the rest of October", "DATE", "1989-10")],
    ),
    (
        "The airline cancelled its flights for June.",
        "2014-03-02",
        [("June", "DATE", "2014-06")],
    ),
    (
        "Investors had driven the market to 5-1/2-year highs.",
        "2013-05-23",
        [("5-1/2-year", "DURATION", "P5Y6M")],
    ),
    (
        "The yen hit a 4-1/2-year low of 103.74 on Wednesday.",
        "2013-05-23",
        [("4-1/2-year", "DURATION", "P4Y6M"), ("Wednesday", "DATE", "2013-05-22")],
    ),
    (
        "The firm signed a 2-1/2-year lease.",
        "2013-05-23",
        [("2-1/2-year", "DURATION", "P2Y6M")],
    ),
    (
        (
            "It was the steepest drop since March 15, 2011. \"Today is a reminder that markets don't "
            'go up every day," a trader said.'
        ),
        "2013-05-23",
        [
            ("March 15, 2011", "DATE", "2011-03-15"),
            ("Today", "DATE", "2013-05-23"),
            ("every day", "SET", "P1D"),
        ],
    ),
    (
        ('Gold hit its lowest since Sept. 2, 2010. "Today shows how nervous people are," a dealer said.'),
        "2013-05-23",
        [("Sept. 2, 2010", "DATE", "2010-09-02"), ("Today", "DATE", "2013-05-23")],
    ),
    (
        (
            "Unemployment reached a record 16.5 percent in August, official data showed on Thursday, "
            "up from 12.2 percent a year earlier."
        ),
        "2011-11-03",
        [
            ("August", "DATE", "2011-08"),
            ("Thursday", "DATE", "2011-11-03"),
            ("a year earlier", "DATE", "2010-08"),
        ],
    ),
    (
        (
            "Inflation eased to 2.9 percent in September, the statistics office said on Monday, down "
            "from 3.4 percent a year earlier."
        ),
        "2011-11-03",
        [
            ("September", "DATE", "2011-09"),
            ("Monday", "DATE", "2011-10-31"),
            ("a year earlier", "DATE", "2010-09"),
        ],
    ),
    (
        (
            "Retail sales rose 3 percent in the third quarter, the agency said on Tuesday, up from 1 "
            "percent a year earlier."
        ),
        "2011-11-03",
        [
            ("the third quarter", "DATE", "2011-Q3"),
            ("Tuesday", "DATE", "2011-11-01"),
            ("a year earlier", "DATE", "2010-Q3"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_36(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
