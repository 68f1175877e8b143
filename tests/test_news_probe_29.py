"""A twenty-ninth probe of news: agency wires of 2012-2013, business and markets copy of 1989-2014,
US local and regional news, radio and TV transcripts of 1998-2000, science and health news,
political and court news, sports, arts and culture, features, AP and New York Times stories of
the 1990s, Xinhua reports, Wall Street Journal copy of 1989, reports of government statistics,
obituaries and reports of storms and disasters (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- What is ahead: a measure ordered, declared or threatened "from" a day ("ordered the closure of
  all live poultry markets from Saturday", "declared three days of national mourning from
  Tuesday"), or ordered "beginning at 6 a.m. Wednesday" with a long object between; "should not
  wait until Wednesday night"; "it could be Wednesday evening before schedules return"; totals
  "possible through the weekend"; "asked that the recount begin by Wednesday"; "a 30-minute
  program to air Tuesday"; "cleared Atlantis for launch Monday"; "The weather outlook for Monday
  afternoon"; "I don't see that ending before the spring"; "would not remain past Friday";
  "who is seeking a second term in November"; "did not rule out fresh walkouts in the autumn";
  "meant no further cuts before the end of the year"; "agreed in Moscow on Tuesday to convene a
  conference ... by the end of the month"; "could reach Florida by Friday afternoon, forecasters
  warned"; "Register by Friday"; a quarter's figures released tomorrow ("its estimate of growth
  for the April-June period") and a month's ("its report on January business inventories") are
  of the quarter and the month gone by.
- What has gone by: boats "ordered back to port on Friday evening"; "began planning the reunion
  in the spring"; "since it was first scheduled to open in April"; a month in a participle's
  aside ("extended for two months in September, is due to expire next week"); a day in an aside
  before "said" ("Kenyatta, in a televised address on Sunday night, said the attackers 'may
  run'"); "Labor Day, Sept. 5, is a holiday" is that year's.
- The day a clock time is on: a news release's day ("according to a police news release issued
  Sunday afternoon ... arrested at 4:40 a.m.") is no day the story's night moves to; "broke off at
  9:40 p.m. with plans to meet again this morning" is yesterday's; a day of saying after a week
  still to come ("possibly as early as next week. Darman told reporters on Wednesday ... The
  debate, which began at 2 p.m.") leaves the story's day; a market's move after a day of saying
  ("said on Wednesday ... Shares rose 3.1 percent by 0920 GMT") is the report's; a day still to
  come another story named, paragraphs before ("could slip to Friday or Saturday"), is no day the
  hours after it are on; "overnight" after "late Monday" in a report of Wednesday is the night
  before the report; "throughout the morning" in a broadcast's plug is its own morning.
- Sets and lengths: "the weekly meeting of his cabinet" (not "the daily trading session");
  "evening shows Fridays and Saturdays", "is held Tuesday mornings", "Grief support: Wednesdays";
  "spent winters in Mesa"; "less than a second"; "wrote on Twitter minutes after the abort";
  "There were weeks when", "We may need weeks, perhaps months", "until weeks after Jan. 1";
  "the latest week" of weekly figures.
- No time: "at 1400 E. Market St.", "the biggest single day of the primary season", "it felt
  more like spring", rates "2.5 million barrels a day from government stockpiles" and "100 euros
  a day from cash machines", "twice in one day before.", "the fifth and final servicing mission",
  "the Midnight Oilers", '"March them in, march them out"', '"March to the bridges!"'.
- A seventh round: "The committee's vote Saturday was 21-16" is a possessive's noun, no timetable
  verb; "average weekly earnings" is a set; "passed the Help America Vote Act that fall" keeps
  "that".
- A feature's old story: a day of a month after an anniversary's count ("Twenty-five years ago
  tonight ... By 2 a.m. on Nov. 10"), a month after "that spring" of an old year, a month a few
  sentences after another in its paragraph ("in mid-August ... Then they won 38 of their last 49
  games. In September, Chicago collapsed"), and a season that holds the day told ("on July 16,
  1993 ... By the end of the summer") go on in the story's year.
- An eighth round: "if elected in November" and "telling 370,000 residents to be out by 5 p.m.
  Saturday" look ahead; "the kick-off brought forward to 12.15pm" after "next Saturday" is that
  day's; "finished the year ranked second" after "in 1995 ... in June" is 1995; "about those 52
  seconds" is the preposition; "It may take weeks before we know" is a length; '"March into any
  electronics store"' is the verb.
- A ninth round: "calling for demonstrations after Friday prayers" looks ahead; "The weekend looks
  dry and milder" is a forecast's; "Every single year" is a set; "most recently in 1986" dates by
  its year alone; "years of summer nights" are any summer's.
- "in late November 1950. On the night of Nov. 27" is that November's (a month's end is a week
  of it).
- Tenth and eleventh rounds: "On Oct. 12 she finished her shift", a day just after the report's
  told before its past verb, is gone by; "The last day of business will be Labor Day" is no day of
  an event; "about $96 more a year" is a rate; "the 25th annual Winter Carnival" is a name.
- A twelfth round: "faces a confidence vote in parliament on Friday", "whether to hold a news
  conference before Friday" and "will be in the stands on Friday" (a noun after its article, no
  present verb) look ahead; "daily meetings" are a set; "data released last Friday" is no day the
  report's clocks are on; "one bowl of turnip soup a day" is a rate.
- A thirteenth round: "nearly $100 billion of it due within a year" is a length; "told supporters
  shortly before midnight", on the day of writing, is the midnight the day began with; a clock
  after a saying ("the court said in a statement posted on its website at 10:30 a.m.") is no day
  to come its sentence names.
- A fourteenth round: "the 10 percent target set by the government in March", under a "would", is
  gone by.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Scores of Democrats walked out of the chamber in protest and, within an hour of the "
            "vote, boarded buses to the White House, where Mr. Clinton, 52, appeared with them on "
            'the South Lawn yesterday afternoon and said he would serve "until the last hour of the '
            'last day of my term."'
        ),
        "1998-12-20",
        [
            ("an hour", "DURATION", "PT1H"),
            ("yesterday afternoon", "TIME", "1998-12-19TAF"),
            ("the last hour", "DURATION", "PT1H"),
        ],
    ),
    (
        (
            "The owner of a home assessed at the township average of $132,000 would pay about $96 "
            "more a year in school taxes for 20 years, according to district estimates."
        ),
        "1998-10-21",
        [("20 years", "DURATION", "P20Y")],
    ),
    (
        (
            "Winter carnival: The 25th annual Winter Carnival runs from 10 a.m. to 4 p.m. Saturday "
            "at Lakeside Park, with sled races, ice sculptures and a chili cook-off."
        ),
        "2009-01-28",
        [("10 a.m.", "TIME", "2009-01-31T10:00"), ("4 p.m. Saturday", "TIME", "2009-01-31T16:00")],
    ),
    (
        (
            "The last day of business will be Labor Day, Sept. 5. Mr. Kowalski says he plans to "
            "spend the fall fishing and the winter in Florida with his daughter."
        ),
        "1994-06-05",
        [
            ("Labor Day, Sept. 5", "DATE", "1994-09-05"),
            ("the fall", "DATE", "1994-FA"),
            ("the winter", "DATE", "1994-WI"),
        ],
    ),
    (
        (
            "Papandreou faces a confidence vote in parliament on Friday, and euro zone leaders "
            "meeting on the sidelines of the G20 summit in Cannes told him late Wednesday that "
            "Greece would not receive its next 8 billion euro loan tranche until the referendum was "
            "held."
        ),
        "2011-11-03",
        [("Friday", "DATE", "2011-11-04"), ("late Wednesday", "DATE", "2011-11-02", "END")],
    ),
    (
        (
            "Bush, 68, flew back to Washington this morning and was expected to meet with his staff "
            "at the White House this afternoon. Aides said he had not decided whether to hold a news "
            "conference before Friday."
        ),
        "1992-11-04",
        [
            ("this morning", "TIME", "1992-11-04TMO"),
            ("this afternoon", "TIME", "1992-11-04TAF"),
            ("Friday", "DATE", "1992-11-06"),
        ],
    ),
    (
        (
            "Four of them will be in the stands on Friday night, Fenner said, along with the team's "
            "former manager, Gene Albers, now 68, who still keeps the scorebook from the final in a "
            "cedar chest."
        ),
        "2006-03-14",
        [("Friday night", "TIME", "2006-03-17TNI"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "In Benghazi, army officers who now run the city's makeshift council said they would "
            "hold daily meetings at the courthouse."
        ),
        "2011-02-25",
        [("now", "DATE", "PRESENT_REF"), ("daily", "SET", "P1D")],
    ),
    (
        "Abe's nominee, Haruhiko Kuroda, faces a vote in the upper house on Friday.",
        "2013-03-11",
        [("Friday", "DATE", "2013-03-15")],
    ),
    (
        (
            "China unveiled its new leaders on Thursday.\n\nOfficial data released last Friday showed "
            "factory output picked up in October.\n\nState television broadcast the unveiling live at "
            "11:53 a.m. (0353 GMT)."
        ),
        "2012-11-15",
        [
            ("Thursday", "DATE", "2012-11-15"),
            ("last Friday", "DATE", "2012-11-09"),
            ("October", "DATE", "2012-10"),
            ("11:53 a.m.", "TIME", "2012-11-15T11:53"),
            ("0353 GMT", "TIME", "2012-11-15T03:53Z"),
        ],
    ),
    (
        ("The country owes foreign lenders about $150 billion, nearly $100 billion of it due within a year."),
        "1998-01-14",
        [("a year", "DURATION", "P1Y")],
    ),
    (
        (
            '"The worst period for our exporters is now over," a customs spokesman said. He '
            "cautioned, however, that export growth this year would fall short of the 10 percent "
            "target set by the government in March."
        ),
        "1999-07-14",
        [("now", "DATE", "PRESENT_REF"), ("this year", "DATE", "1999"), ("March", "DATE", "1999-03")],
    ),
    (
        (
            "In a separate case, a court in east China's Jiangsu Province will hand down its verdict "
            "on a former railway official next Tuesday, the court said in a statement posted on its "
            "website at 10:30 a.m."
        ),
        "2013-11-28",
        [("next Tuesday", "DATE", "2013-12-03"), ("10:30 a.m.", "TIME", "2013-11-28T10:30")],
    ),
    (
        (
            "Voters in 16 states go to the polls today in the biggest single day of the U.S. "
            "presidential primary season."
        ),
        "2000-03-07",
        [("today", "DATE", "2000-03-07")],
    ),
    (
        "Down South, it felt more like spring. Highs today in Atlanta reached 61 degrees.",
        "1999-02-01",
        [("today", "DATE", "1999-02-01")],
    ),
    (
        (
            "Analysts said the second half of the year is typically the strongest for machine-tool "
            "makers. \"They've put together four straight quarters of double-digit gains, and I don't "
            'see that ending before the spring," said Ellen Maris, who follows the company for '
            "Harwell & Co. in Chicago."
        ),
        "1989-10-18",
        [
            ("the second half of the year", "DATE", "1989-H2"),
            ("four straight quarters", "DURATION", "P4Q"),
            ("the spring", "DATE", "1990-SP"),
        ],
    ),
    (
        (
            "The economy grew at a 1.6 percent annual rate in the second quarter, down from 5.5 "
            "percent in the first three months of the year, and the Commerce Department will release "
            "its revised estimate of growth for the April-June period tomorrow."
        ),
        "1998-09-30",
        [
            ("the second quarter", "DATE", "1998-Q2"),
            ("the first three months", "DURATION", "P3M"),
            ("the year", "DATE", "1998"),
            ("the April-June period", "DATE", "1998-Q2"),
            ("tomorrow", "DATE", "1998-10-01"),
        ],
    ),
    (
        (
            "The International Energy Agency, the Paris-based group that coordinates energy policy "
            "among 21 industrialized nations, said Wednesday night that it would put into effect an "
            "emergency plan to release 2.5 million barrels a day from government stockpiles over the "
            "next 30 days."
        ),
        "1991-01-18",
        [("Wednesday night", "TIME", "1991-01-16TNI"), ("the next 30 days", "DURATION", "P30D")],
    ),
    (
        (
            "Talks between the two companies began in early spring, he said, and broke off twice "
            'before resuming in June. "There were weeks when we thought it was dead. We may have '
            'been the last ones to believe it could be done."'
        ),
        "1995-08-01",
        [
            ("early spring", "DATE", "1995-SP", "START"),
            ("June", "DATE", "1995-06"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    (
        (
            "Initial claims for state unemployment insurance fell 19,000 in the latest week, to a "
            "seasonally adjusted 339,000, the department said on Thursday. In the week ended Feb. "
            "19, claims had risen 24,000."
        ),
        "1994-03-05",
        [
            ("the latest week", "DATE", "1994-W08"),
            ("Thursday", "DATE", "1994-03-03"),
            ("the week", "DURATION", "P1W"),
            ("Feb. 19", "DATE", "1994-02-19"),
        ],
    ),
    (
        (
            "In other economic news yesterday, the Commerce Department said factory orders rose 1.2 "
            "percent in January, their fourth consecutive monthly increase. The department will "
            "release its report on January business inventories on Tuesday."
        ),
        "1994-03-05",
        [
            ("yesterday", "DATE", "1994-03-04"),
            ("January", "DATE", "1994-01"),
            ("monthly", "SET", "P1M"),
            ("January", "DATE", "1994-01"),
            ("Tuesday", "DATE", "1994-03-08"),
        ],
    ),
    (
        (
            "Officers were called to the Quik Stop at 1400 E. Market St. at 2:15 a.m. Saturday after "
            "a clerk reported that a man had displayed a handgun and demanded cash, according to a "
            "Riverside Police Department news release issued Sunday afternoon. The suspect fled on "
            "foot with about $300. Police said a K-9 unit tracked the man to a nearby apartment "
            "complex, where he was arrested at 4:40 a.m."
        ),
        "2013-07-08",
        [
            ("2:15 a.m. Saturday", "TIME", "2013-07-06T02:15"),
            ("Sunday afternoon", "TIME", "2013-07-07TAF"),
            ("4:40 a.m.", "TIME", "2013-07-06T04:40"),
        ],
    ),
    (
        (
            "Chief Allen Grady said patrols would remain heavy through the summer. The department's "
            "bike patrol, which began on Memorial Day, works downtown every Friday night until Labor "
            "Day."
        ),
        "2013-07-08",
        [
            ("the summer", "DATE", "2013-SU"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("Labor Day", "DATE", "2013-09-02"),
        ],
    ),
    (
        (
            "The school year ends June 8, 2012, with winter break running from Dec. 19 to Jan. 2 and "
            "spring break the week of March 26. Labor Day, Sept. 5, is a holiday, and schools will "
            "be closed."
        ),
        "2011-08-19",
        [
            ("June 8, 2012", "DATE", "2012-06-08"),
            ("winter", "DATE", "2011-WI"),
            ("Dec. 19", "DATE", "2011-12-19"),
            ("Jan. 2", "DATE", "2012-01-02"),
            ("spring", "DATE", "2012-SP"),
            ("the week of March 26", "DATE", "2012-W13"),
            ("Labor Day, Sept. 5", "DATE", "2011-09-05"),
        ],
    ),
    (
        (
            "Registration is required; call the reference desk. Story time for preschoolers is held "
            "Tuesday mornings in the children's room."
        ),
        "2013-10-24",
        [("Tuesday mornings", "SET", "XXXX-WXX-2TMO")],
    ),
    (
        (
            'Also coming up: The Cedar Falls Community Theatre\'s production of "Our Town" opens next '
            "month and runs through Nov. 24, with evening shows Fridays and Saturdays. Tickets go on "
            "sale Nov. 1."
        ),
        "2013-10-24",
        [
            ("next month", "DATE", "2013-11"),
            ("Nov. 24", "DATE", "2013-11-24"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Nov. 1", "DATE", "2013-11-01"),
        ],
    ),
    (
        (
            "SpaceX called off the launch of its Dragon cargo capsule to the International Space "
            "Station with less than a second left in the countdown early Saturday, after a computer "
            "detected high pressure in one of the rocket's nine engines."
        ),
        "2012-05-19",
        [
            ("less than a second", "DURATION", "PT1S", "LESS_THAN"),
            ("early Saturday", "DATE", "2012-05-19", "START"),
        ],
    ),
    (
        (
            "The Falcon 9 rocket was scheduled to lift off at 4:55 a.m. EDT. The engines had ignited "
            "when the flight computer shut them down a fraction of a second before liftoff. \"We'll "
            'march on," company founder Elon Musk, 40, wrote on Twitter minutes after the abort.'
        ),
        "2012-05-19",
        [("4:55 a.m. EDT", "TIME", "2012-05-19T04:55-04:00"), ("minutes", "DURATION", "PTXM")],
    ),
    (
        (
            "Chinese health authorities reported four new cases of H7N9 bird flu on Friday, bringing "
            "the total to 16, including six deaths, since the virus was first identified in humans "
            "last weekend.\n\nShanghai ordered the closure of all live poultry markets in the city "
            "from Saturday and began slaughtering birds at a market in Songjiang district on "
            "Thursday after the virus was found in pigeons there."
        ),
        "2013-04-05",
        [
            ("Friday", "DATE", "2013-04-05"),
            ("last weekend", "DATE", "2013-W13-WE"),
            ("Saturday", "DATE", "2013-04-06"),
            ("Thursday", "DATE", "2013-04-04"),
        ],
    ),
    (
        (
            "In Raqa, rebels captured the provincial governor and the head of the ruling Baath party "
            "late Monday, the Syrian Observatory for Human Rights said. The watchdog said jets "
            "bombed the city overnight, killing at least 14 people, among them three children."
        ),
        "2013-03-06",
        [("late Monday", "DATE", "2013-03-04", "END"), ("overnight", "TIME", "2013-03-05TNI")],
    ),
    (
        (
            'Israeli Prime Minister Benjamin Netanyahu, who had warned for weeks against a "bad '
            'deal" with Iran, condemned the agreement as a "historic mistake" at the weekly meeting '
            "of his cabinet on Sunday."
        ),
        "2013-11-24",
        [("weeks", "DURATION", "PXW"), ("weekly", "SET", "P1W"), ("Sunday", "DATE", "2013-11-24")],
    ),
    (
        (
            "The European Central Bank had threatened to cut off emergency funding to Cypriot banks "
            "from Tuesday unless a deal was reached."
        ),
        "2013-03-25",
        [("Tuesday", "DATE", "2013-03-26")],
    ),
    (
        "Customers have been able to withdraw only 100 euros a day from cash machines at Laiki.",
        "2013-03-25",
        [],
    ),
    (
        (
            "Perot, who drew 19 percent of the vote in 1992, has bought a 30-minute program to air "
            "Tuesday at 8 p.m. on CBS."
        ),
        "1996-10-21",
        [
            ("1992", "DATE", "1992"),
            ("30-minute", "DURATION", "PT30M"),
            ("Tuesday at 8 p.m.", "TIME", "1996-10-22T20:00"),
        ],
    ),
    (
        (
            "SPD leader Sigmar Gabriel said his party, which governed with Merkel from 2005 to 2009, "
            'would not be rushed. "We may need weeks, perhaps months," he said.'
        ),
        "2013-10-04",
        [
            ("2005", "DATE", "2005"),
            ("2009", "DATE", "2009"),
            ("weeks", "DURATION", "PXW"),
            ("months", "DURATION", "PXM"),
        ],
    ),
    (
        (
            "The riders rest on July 8 and July 15, and the race has four summit finishes, among "
            "them a double ascent of Alpe d'Huez on Thursday July 18. No Tour has climbed the "
            "mountain twice in one day before."
        ),
        "2013-06-28",
        [
            ("July 8", "DATE", "2013-07-08"),
            ("July 15", "DATE", "2013-07-15"),
            ("Thursday July 18", "DATE", "2013-07-18"),
            ("one day", "DURATION", "P1D"),
        ],
    ),
    (
        (
            "Mr. Gore's lawyers asked that the recount begin by Wednesday. Under state law, "
            "Florida's electors must be chosen by Dec. 12, leaving the courts 15 days to resolve the "
            "dispute."
        ),
        "2000-11-27",
        [
            ("Wednesday", "DATE", "2000-11-29"),
            ("Dec. 12", "DATE", "2000-12-12"),
            ("15 days", "DURATION", "P15D"),
        ],
    ),
    (
        (
            '"We could see some additional strengthening over the next 36 hours," said senior '
            'hurricane specialist Max Ortega. "People along the Gulf Coast should not wait until '
            "Wednesday night to leave. They need to finish their preparations by tomorrow afternoon."
        ),
        "1998-09-22",
        [
            ("the next 36 hours", "DURATION", "PT36H"),
            ("Wednesday night", "TIME", "1998-09-23TNI"),
            ("tomorrow afternoon", "TIME", "1998-09-23TAF"),
        ],
    ),
    (
        (
            "Forecasters said tropical-storm-force winds would reach the coast by Wednesday evening, "
            "and rainfall totals of 10 to 15 inches were possible through the weekend."
        ),
        "1998-09-22",
        [("Wednesday evening", "TIME", "1998-09-23TEV"), ("the weekend", "DATE", "1998-W39-WE")],
    ),
    (
        (
            "Gov. Fob James declared a state of emergency Monday night and ordered a mandatory "
            "evacuation of Dauphin Island and low-lying parts of Baldwin County beginning at 6 a.m. "
            "Wednesday."
        ),
        "1998-09-22",
        [("Monday night", "TIME", "1998-09-21TNI"), ("6 a.m. Wednesday", "TIME", "1998-09-23T06:00")],
    ),
    (
        (
            "Airlines canceled more than 3,000 flights at Reagan National and Dulles over the "
            "weekend, and officials warned that it could be Wednesday evening before schedules "
            "return to normal."
        ),
        "2003-02-18",
        [("the weekend", "DATE", "2003-W07-WE"), ("Wednesday evening", "TIME", "2003-02-19TEV")],
    ),
    (
        (
            "Separately, the Federal Reserve reported that the M2 measure of the money supply rose "
            "$3.1 billion in the latest week. Over the past 13 weeks, M2 has grown at an annual rate "
            "of 5.1%, near the middle of the Fed's target range for 1990."
        ),
        "1990-03-09",
        [
            ("the latest week", "DATE", "1990-W09"),
            ("the past 13 weeks", "DURATION", "P13W"),
            ("1990", "DATE", "1990"),
        ],
    ),
    (
        (
            "More than 300,000 residents in coastal areas of Fujian had been evacuated by Saturday "
            "noon, and about 40,000 fishing boats were ordered back to port on Friday evening, "
            "according to the provincial flood control headquarters."
        ),
        "2013-07-13",
        [("Saturday noon", "TIME", "2013-07-13T12:00"), ("Friday evening", "TIME", "2013-07-12TEV")],
    ),
    (
        (
            "Hurricane Charley strengthened over the western Caribbean on Thursday and could reach "
            "the southwest coast of Florida by Friday afternoon, forecasters warned, as Tropical "
            "Storm Bonnie drifted toward the Panhandle.\n\nAt 11 a.m. EDT, the center of Charley was "
            "about 120 miles south of Havana, moving north-northwest near 17 mph."
        ),
        "2004-08-12",
        [
            ("Thursday", "DATE", "2004-08-12"),
            ("Friday afternoon", "TIME", "2004-08-13TAF"),
            ("11 a.m. EDT", "TIME", "2004-08-12T11:00-04:00"),
        ],
    ),
    (
        (
            "NASA managers on Friday cleared space shuttle Atlantis for launch Monday on the fifth "
            "and final servicing mission to the Hubble Space Telescope, and Air Force forecasters "
            "gave a 70 percent chance of acceptable weather."
        ),
        "2009-05-08",
        [("Friday", "DATE", "2009-05-08"), ("Monday", "DATE", "2009-05-11")],
    ),
    (
        (
            "The countdown will begin at 4 p.m. today, and the external tank is scheduled to be "
            "filled with fuel early Monday morning. The weather outlook for Monday afternoon calls "
            "for scattered clouds and light winds from the east."
        ),
        "2009-05-08",
        [
            ("4 p.m. today", "TIME", "2009-05-08T16:00"),
            ("Monday morning", "TIME", "2009-05-11TMO"),
            ("Monday afternoon", "TIME", "2009-05-11TAF"),
        ],
    ),
    (
        (
            '"March them in, march them out, that was the job," Kubiak said. "These days the work '
            "just isn't there.\""
        ),
        "1998-11-22",
        [("These days", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "The two men spoke by phone for the first time in four decades on Memorial Day, and "
            "began planning the reunion in the spring."
        ),
        "2009-09-14",
        [
            ("four decades", "DURATION", "P40Y"),
            ("Memorial Day", "DATE", "2009-05-25"),
            ("the spring", "DATE", "2009-SP"),
        ],
    ),
    (
        (
            "Prime Minister Benjamin Netanyahu of Israel threatened on Sunday to leave the talks "
            "after a grenade attack in Beersheba wounded 64 people. He stayed, but aides said he "
            "would not remain past Friday without an agreement."
        ),
        "1998-10-20",
        [("Sunday", "DATE", "1998-10-18"), ("Friday", "DATE", "1998-10-23")],
    ),
    (
        (
            "Mayor David N. Dinkins, who is seeking a second term in November, has made subway "
            "safety a theme of his campaign."
        ),
        "1993-03-02",
        [("November", "DATE", "1993-11")],
    ),
    (
        (
            "Negotiators for United Parcel Service and the Teamsters union resumed talks yesterday "
            "for the first time in nearly a week, as a strike by 185,000 workers that began Aug. 4 "
            "spread its effects from small businesses to the nation's largest retailers. The two "
            "sides met for six hours at a hotel near Dulles Airport under the eye of Labor Secretary "
            "Alexis M. Herman, and broke off at 9:40 p.m. with plans to meet again this morning."
        ),
        "1997-08-12",
        [
            ("yesterday", "DATE", "1997-08-11"),
            ("nearly a week", "DURATION", "P1W", "APPROX"),
            ("Aug. 4", "DATE", "1997-08-04"),
            ("six hours", "DURATION", "PT6H"),
            ("9:40 p.m.", "TIME", "1997-08-11T21:40"),
            ("this morning", "TIME", "1997-08-12TMO"),
        ],
    ),
    (
        (
            "The House last night approved a $1.6 billion bill to extend unemployment benefits for "
            "the long-term jobless, defying a veto threat from President Bush, who has said for "
            "months that the recession is ending and that new spending is unnecessary. Republican "
            "leaders said the President would veto the bill when it reaches his desk, possibly as "
            "early as next week. Richard G. Darman, the budget director, told reporters on Wednesday "
            "that the Administration expected the economy to begin growing again in the third "
            "quarter, and that the extension would add to a deficit already projected at $280 "
            "billion this year. The debate, which began at 2 p.m., was often bitter."
        ),
        "1991-06-14",
        [
            ("last night", "TIME", "1991-06-13TNI"),
            ("months", "DURATION", "PXM"),
            ("next week", "DATE", "1991-W25"),
            ("Wednesday", "DATE", "1991-06-12"),
            ("the third quarter", "DATE", "1991-Q3"),
            ("this year", "DATE", "1991"),
            ("2 p.m.", "TIME", "1991-06-13T14:00"),
        ],
    ),
    (
        (
            "The change was sought by Kenya, whose President Uhuru Kenyatta is due to go on trial on "
            "Feb. 5 next year on charges of orchestrating violence after the 2007 election that "
            "killed more than 1,000 people.\n\nKenyatta's trial has already been postponed twice since "
            "it was first scheduled to open in April."
        ),
        "2013-11-26",
        [("Feb. 5 next year", "DATE", "2014-02-05"), ("2007", "DATE", "2007"), ("April", "DATE", "2013-04")],
    ),
    (
        (
            "US Secretary of State John Kerry and his Russian counterpart Sergei Lavrov agreed in "
            "Moscow on Tuesday to convene an international conference, possibly by the end of the "
            "month."
        ),
        "2013-05-12",
        [("Tuesday", "DATE", "2013-05-07"), ("the end of the month", "DATE", "2013-05", "END")],
    ),
    (
        (
            'Kenyatta, in a televised address on Sunday night, said the attackers "may run but they '
            'cannot hide" and vowed to hunt down everyone responsible.'
        ),
        "2013-09-23",
        [("Sunday night", "TIME", "2013-09-22TNI")],
    ),
    (
        (
            'Kenyatta, in a televised address on Sunday night, said the attackers "may run but they '
            'cannot hide" and vowed to hunt down everyone responsible. He declared three days of '
            "national mourning from Tuesday."
        ),
        "2013-09-23",
        [
            ("Sunday night", "TIME", "2013-09-22TNI"),
            ("three days", "DURATION", "P3D"),
            ("Tuesday", "DATE", "2013-09-24"),
        ],
    ),
    (
        (
            "A state of emergency, imposed for one month on August 14 and extended for two months in "
            "September, is due to expire next week."
        ),
        "2013-11-04",
        [
            ("one month", "DURATION", "P1M"),
            ("August 14", "DATE", "2013-08-14"),
            ("two months", "DURATION", "P2M"),
            ("September", "DATE", "2013-09"),
            ("next week", "DATE", "2013-W46"),
        ],
    ),
    (
        (
            "The pilots' union VC said on Wednesday it would hold another ballot next month over "
            "early-retirement benefits and did not rule out fresh walkouts in the autumn."
        ),
        "2014-07-24",
        [
            ("Wednesday", "DATE", "2014-07-23"),
            ("next month", "DATE", "2014-08"),
            ("the autumn", "DATE", "2014-FA"),
        ],
    ),
    (
        (
            "The pilots' union VC said on Wednesday it would hold another ballot next month over "
            "early-retirement benefits and did not rule out fresh walkouts in the autumn.\n\nShares in "
            "Nordhavn rose 3.1 percent to 14.62 euros by 0920 GMT, making it the second-best "
            "performer on Germany's mid-cap index."
        ),
        "2014-07-24",
        [
            ("Wednesday", "DATE", "2014-07-23"),
            ("next month", "DATE", "2014-08"),
            ("the autumn", "DATE", "2014-FA"),
            ("0920 GMT", "TIME", "2014-07-24T09:20Z"),
        ],
    ),
    (
        "Economists said that meant no further cuts before the end of the year.",
        "2014-06-05",
        [("the end of the year", "DATE", "2014", "END")],
    ),
    (
        ("Prepared childbirth class: six weekly sessions begin Oct. 6. Register by Friday at 555-0142."),
        "2011-09-27",
        [("weekly", "SET", "P1W"), ("Oct. 6", "DATE", "2011-10-06"), ("Friday", "DATE", "2011-09-30")],
    ),
    (
        "He retired in March 1993 and spent winters in Mesa, Ariz.",
        "1995-11-20",
        [("March 1993", "DATE", "1993-03"), ("winters", "SET", "XXXX-WI")],
    ),
    (
        (
            "Secretary Cohen, who returns on Sunday from a six-day swing through the region, will "
            "brief senators Friday afternoon.\n\nAnd in California, another Pacific storm will march "
            "ashore overnight, the fifth to hit the state since mid-January."
        ),
        "1998-02-12",
        [
            ("Sunday", "DATE", "1998-02-15"),
            ("six-day", "DURATION", "P6D"),
            ("Friday afternoon", "TIME", "1998-02-13TAF"),
            ("overnight", "TIME", "1998-02-12TNI"),
            ("mid-January", "DATE", "1998-01", "MID"),
        ],
    ),
    (
        (
            "Republican leaders postponed the debate, and the vote could slip to Friday or "
            "Saturday.\n\nIn other news, a winter storm dropped up to 14 inches of snow on parts of "
            "Colorado overnight, closing Interstate 70 for about six hours. Denver International "
            "Airport expects delays into the afternoon."
        ),
        "1998-12-17",
        [
            ("Friday", "DATE", "1998-12-18"),
            ("Saturday", "DATE", "1998-12-19"),
            ("overnight", "TIME", "1998-12-16TNI"),
            ("six hours", "DURATION", "PT6H", "APPROX"),
            ("the afternoon", "TIME", "1998-12-17TAF"),
        ],
    ),
    (
        (
            "Republican leaders postponed the debate, and the vote could slip to Friday or "
            "Saturday.\n\nDenver International Airport expects delays into the afternoon.\n\nHEMMER: "
            "President Clinton is expected to speak at 10:30, and we'll have live reports from the "
            "Pentagon and from Capitol Hill throughout the morning."
        ),
        "1998-12-17",
        [
            ("Friday", "DATE", "1998-12-18"),
            ("Saturday", "DATE", "1998-12-19"),
            ("the afternoon", "TIME", "1998-12-17TAF"),
            ("10:30", "TIME", "1998-12-17T10:30"),
            ("the morning", "TIME", "1998-12-17TMO"),
        ],
    ),
    (
        (
            "HEMMER: In Washington, the House was scheduled to begin debating articles of "
            "impeachment this morning.\n\nHEMMER: President Clinton is expected to speak at 10:30, and "
            "we'll have live reports from the Pentagon and from Capitol Hill throughout the morning."
        ),
        "1998-12-17",
        [
            ("this morning", "TIME", "1998-12-17TMO"),
            ("10:30", "TIME", "1998-12-17T10:30"),
            ("the morning", "TIME", "1998-12-17TMO"),
        ],
    ),
    (
        (
            "Arsenal, who drew 2-2 with Newcastle on Saturday after leading 4-0 at half-time, are "
            "not expected to make a signing. Arsène Wenger, who has been at the club since October "
            "1996, said at the weekend that he was happy with his squad and would look again next "
            "summer.\n\nThe deal for Torres may yet collapse. Liverpool insisted on having Carroll's "
            "medical completed before they released their striker, and the Newcastle player was "
            "still on Tyneside at 6pm."
        ),
        "2011-01-31",
        [
            ("Saturday", "DATE", "2011-01-29"),
            ("October 1996", "DATE", "1996-10"),
            ("the weekend", "DATE", "2011-W04-WE"),
            ("next summer", "DATE", "2011-SU"),
            ("6pm", "TIME", "2011-01-31T18:00"),
        ],
    ),
    (
        (
            "Fifteen years after their last show together, the members of the Midnight Oilers are "
            "getting back on the road."
        ),
        "1999-06-10",
        [("Fifteen years", "DURATION", "P15Y")],
    ),
    (
        (
            "In Belgrade, tens of thousands of people rallied in the main square Friday afternoon. "
            '"March to the bridges!" organizers shouted over loudspeakers, urging residents to form '
            "human shields. Crowds have gathered there every evening since the bombing started."
        ),
        "1999-03-26",
        [("Friday afternoon", "TIME", "1999-03-26TAF"), ("every evening", "SET", "XXXX-XX-XXTEV")],
    ),
    (
        (
            "Others warn that problems may not surface until weeks after Jan. 1, when billing and "
            "payroll programs first run in the new year."
        ),
        "1999-07-01",
        [("weeks", "DURATION", "PXW"), ("Jan. 1", "DATE", "2000-01-01"), ("the new year", "DATE", "2000")],
    ),
    (
        (
            "Juan Miguel Gonzalez arrived in the United States on April 6 and has said he wants to "
            "return to Cuba with his son as soon as possible."
        ),
        "2000-04-24",
        [("April 6", "DATE", "2000-04-06")],
    ),
    (
        (
            "It was 3:17 p.m. on Thursday, Oct. 16, 1969, and within a few minutes the field was "
            "covered with fans tearing up the sod.\n\nThe Mets had been 100-to-1 shots that spring. "
            "They were in third place in mid-August, nine and a half games behind the Cubs."
        ),
        "2009-10-16",
        [
            ("3:17 p.m. on Thursday, Oct. 16, 1969", "TIME", "1969-10-16T15:17"),
            ("a few minutes", "DURATION", "PTXM"),
            ("that spring", "DATE", "1969-SP"),
            ("mid-August", "DATE", "1969-08", "MID"),
        ],
    ),
    (
        (
            "It was 3:17 p.m. on Thursday, Oct. 16, 1969, and within a few minutes the field was "
            "covered with fans tearing up the sod.\n\nThe Mets had been 100-to-1 shots that spring. "
            "They were in third place in mid-August, nine and a half games behind the Cubs. Then "
            "they won 38 of their last 49 games. In September, Chicago collapsed. By the end of the "
            "month, the Mets had clinched the National League East."
        ),
        "2009-10-16",
        [
            ("3:17 p.m. on Thursday, Oct. 16, 1969", "TIME", "1969-10-16T15:17"),
            ("a few minutes", "DURATION", "PTXM"),
            ("that spring", "DATE", "1969-SP"),
            ("mid-August", "DATE", "1969-08", "MID"),
            ("September", "DATE", "1969-09"),
            ("the end of the month", "DATE", "1969-09", "END"),
        ],
    ),
    (
        (
            "Florida replaced its punch-card machines in 2002, and Congress passed the Help America "
            "Vote Act that fall."
        ),
        "2010-12-12",
        [("2002", "DATE", "2002"), ("that fall", "DATE", "2002-FA")],
    ),
    (
        (
            "Twenty-five years ago tonight, the storm that sank the Fitzgerald was pushing waves of "
            "25 feet across the eastern end of the lake. By 2 a.m. on Nov. 10, winds were gusting to "
            "60 knots. That afternoon, McSorley reported that he had lost both radars.\n\nThe wreck "
            "was found four days later, in two pieces, in 530 feet of water 17 miles from Whitefish "
            "Point. Gordon Lightfoot's ballad about the sinking reached No. 2 on the Billboard "
            "charts the following year."
        ),
        "2000-11-10",
        [
            ("Twenty-five years ago tonight", "TIME", "1975-11-10TNI"),
            ("2 a.m. on Nov. 10", "TIME", "1975-11-10T02:00"),
            ("That afternoon", "TIME", "1975-11-10TAF"),
            ("four days", "DURATION", "P4D"),
            ("the following year", "DATE", "1976"),
        ],
    ),
    (
        (
            "The House Judiciary Committee approved the articles last week along party lines, after "
            "nearly three months of hearings and debate that began when independent counsel Kenneth "
            "Starr delivered his report Sept. 9. The committee's vote Saturday on the fourth "
            "article, alleging abuse of power, was 21-16."
        ),
        "1998-12-17",
        [
            ("last week", "DATE", "1998-W50"),
            ("nearly three months", "DURATION", "P3M", "APPROX"),
            ("Sept. 9", "DATE", "1998-09-09"),
            ("Saturday", "DATE", "1998-12-12"),
        ],
    ),
    (
        "Wage growth remained weak, however, with average weekly earnings up just 1.4 percent.",
        "2013-01-24",
        [("weekly", "SET", "P1W")],
    ),
    (
        (
            "Rovers face Sunderland at home next Saturday, with the kick-off brought forward to "
            "12.15pm for live television."
        ),
        "1998-04-12",
        [("next Saturday", "DATE", "1998-04-18"), ("12.15pm", "TIME", "1998-04-18T12:15")],
    ),
    (
        (
            "In 1967 he came within 52 seconds of winning the Tour, losing the yellow jersey in the "
            'final time trial. "I think about those 52 seconds every day," he told a Flemish '
            "newspaper in 1995."
        ),
        "2001-02-20",
        [
            ("1967", "DATE", "1967"),
            ("52 seconds", "DURATION", "PT52S"),
            ("those 52 seconds", "DURATION", "PT52S"),
            ("every day", "SET", "P1D"),
            ("1995", "DATE", "1995"),
        ],
    ),
    (
        (
            "Her best season came in 1995, when she won in Paris in June and finished the year "
            "ranked second in the world."
        ),
        "2006-09-04",
        [("1995", "DATE", "1995"), ("June", "DATE", "1995-06"), ("the year", "DATE", "1995")],
    ),
    (
        (
            '"Last year they were talking about cutting costs; now they are talking about growth," '
            'said Mark Feinberg of Sterling Research. "March into any electronics store this fall '
            "and you will see a dozen of these things."
        ),
        "2010-09-14",
        [("Last year", "DATE", "2009"), ("now", "DATE", "PRESENT_REF"), ("this fall", "DATE", "2010-FA")],
    ),
    (
        (
            '"It may take weeks before we know what happened," said Transport Minister Enrique '
            "Salas. He said preliminary findings would be released within 30 days, and a final "
            "report was expected by the end of the year."
        ),
        "2009-06-03",
        [
            ("weeks", "DURATION", "PXW"),
            ("30 days", "DURATION", "P30D"),
            ("the end of the year", "DATE", "2009", "END"),
        ],
    ),
    (
        (
            "Republicans vowed to keep fighting. Mitt Romney, the presumptive Republican nominee, "
            "said Thursday afternoon that he would work to repeal the law if elected in November."
        ),
        "2012-06-28",
        [("Thursday afternoon", "TIME", "2012-06-28TAF"), ("November", "DATE", "2012-11")],
    ),
    (
        (
            "Mayor Michael R. Bloomberg ordered the first mandatory evacuation in the city's history "
            "for low-lying areas, telling 370,000 residents to be out by 5 p.m. Saturday. The subway "
            "system, the nation's busiest, will begin shutting down at noon Saturday, he said."
        ),
        "2011-08-26",
        [("5 p.m. Saturday", "TIME", "2011-08-27T17:00"), ("noon Saturday", "TIME", "2011-08-27T12:00")],
    ),
    (
        '"Every year on her birthday, I\'d pull the file," he said. "Every single year."',
        "2009-03-05",
        [("Every year", "SET", "P1Y"), ("Every single year", "SET", "P1Y")],
    ),
    (
        (
            "Kozlowski was 20 when his unit, the 31st Infantry Regiment, reached the eastern shore "
            "of the Chosin Reservoir in late November 1950. On the night of Nov. 27, Chinese troops "
            "attacked in overwhelming numbers. The temperature that night fell to 30 below zero."
        ),
        "2011-11-10",
        [
            ("late November 1950", "DATE", "1950-11", "END"),
            ("the night of Nov. 27", "TIME", "1950-11-27TNI"),
            ("that night", "TIME", "1950-11-27TNI"),
        ],
    ),
    (
        (
            "Kozlowski was 20 when his unit, the 31st Infantry Regiment, reached the eastern shore "
            "of the Chosin Reservoir in late November 1950. On the night of Nov. 27, Chinese troops "
            "attacked in overwhelming numbers. The temperature that night fell to 30 below zero."
        ),
        "2011-11-10",
        [
            ("late November 1950", "DATE", "1950-11", "END"),
            ("the night of Nov. 27", "TIME", "1950-11-27TNI"),
            ("that night", "TIME", "1950-11-27TNI"),
        ],
    ),
    (
        '"We\'re tired. Forty-five years of summer nights is a lot of summer nights."',
        "1996-08-29",
        [("Forty-five years", "DURATION", "P45Y")],
    ),
    (
        '"We\'re tired. Forty-five years of summer nights is a lot of summer nights."',
        "1996-08-29",
        [("Forty-five years", "DURATION", "P45Y")],
    ),
    (
        (
            "He has twice before pursued food companies, most recently in 1986, when he sold his "
            "stake in a Midwest bakery chain at a profit."
        ),
        "1989-11-13",
        [("1986", "DATE", "1986")],
    ),
    (
        (
            '"We will march until he is returned," said Brotherhood spokesman Ahmed Aref, calling '
            "for demonstrations after Friday prayers."
        ),
        "2013-07-04",
        [("Friday", "DATE", "2013-07-05")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_29(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
