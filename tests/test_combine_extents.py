"""Extents the refiners draw as TimeML 1.2.1 does: modifiers, open ends and approximations join
the expression and set ``mod``; bare prepositions stay outside."""

from __future__ import annotations

import pytest
from strategies import check_invariants

from dateline import annotate

DCT = "2025-05-09"

#: (text, expected span, type, value, mod)
CASES = [
    ("No profit until 2027 or later.", "2027 or later", "DATE", "2027", "ON_OR_AFTER"),
    ("Forecasts for 2026 and beyond were cut.", "2026 and beyond", "DATE", "2026", "ON_OR_AFTER"),
    ("Tariffs should ease in the next year or so.", "the next year or so", "DATE", "2026", "APPROX"),
    (
        "Rents may climb in the next three years or so.",
        "the next three years or so",
        "DURATION",
        "P3Y",
        "APPROX",
    ),
    ("Only a week or so ago, the coach quit.", "a week or so ago", "DATE", "2025-W18", "APPROX"),
    # A bound said after the expression, where its clause ends.
    ("The vote will come in June at the earliest.", "June at the earliest", "DATE", "2025-06", "ON_OR_AFTER"),
    (
        "Results are due by Friday at the latest.",
        "Friday at the latest",
        "DATE",
        "2025-05-09",
        "ON_OR_BEFORE",
    ),
    ("It lasted two days or longer.", "two days or longer", "DURATION", "P2D", "EQUAL_OR_MORE"),
    ("The repairs will take two years at most.", "two years at most", "DURATION", "P2Y", "EQUAL_OR_LESS"),
    ("They stayed for six months or more.", "six months or more", "DURATION", "P6M", "EQUAL_OR_MORE"),
    ("The trip takes an hour or less.", "an hour or less", "DURATION", "PT1H", "EQUAL_OR_LESS"),
    ("It will take two years, at least for now.", "two years", "DURATION", "P2Y", None),
    # A bound of a counted date stays inside its extent, "about" included.
    ("The war ended almost four years ago.", "almost four years ago", "DATE", "2021", "LESS_THAN"),
    ("The rebels fled nearly two weeks ago.", "nearly two weeks ago", "DATE", "2025-W17", "APPROX"),
    ("It began more than three decades ago.", "more than three decades ago", "DATE", "199", "MORE_THAN"),
    ("The paper listed them about two years ago.", "about two years ago", "DATE", "2023", "APPROX"),
    # Approximate calendar dates and clock times.
    ("The merger should close around Nov. 1.", "around Nov. 1", "DATE", "2025-11-01", "APPROX"),
    # A bound written before a date, inside its extent as "1994 or later" is after one.
    (
        "Applications must be filed no later than June 30.",
        "no later than June 30",
        "DATE",
        "2025-06-30",
        "ON_OR_BEFORE",
    ),
    (
        "The rule covers cars built on or after Jan. 1, 2020.",
        "on or after Jan. 1, 2020",
        "DATE",
        "2020-01-01",
        "ON_OR_AFTER",
    ),
    (
        "Results will come no earlier than next week.",
        "no earlier than next week",
        "DATE",
        "2025-W20",
        "ON_OR_AFTER",
    ),
    # The early or later part of a period.
    ("Sales slowed in the early part of 2024.", "the early part of 2024", "DATE", "2024", "START"),
    ("Hiring picked up in the later part of 2024.", "the later part of 2024", "DATE", "2024", "END"),
    ("The temple was built ca. 460 BC.", "ca. 460 BC", "DATE", "BC0460", "APPROX"),
    ("The shots were fired around 7:15 p.m.", "around 7:15 p.m.", "TIME", "2025-05-09T19:15", "APPROX"),
    # A clock and the part of a day counted from the DCT after it are one TIME on that day.
    ("The curfew lifts at midnight tonight.", "midnight tonight", "TIME", "2025-05-09T24:00", None),
    ("Polls close 8 p.m. tomorrow evening.", "8 p.m. tomorrow evening", "TIME", "2025-05-10T20:00", None),
    # Bounds of durations; "about" stays outside, as TimeBank mostly draws it.
    ("The tour will last over a week.", "over a week", "DURATION", "P1W", "MORE_THAN"),
    ("The front held for over nine months.", "over nine months", "DURATION", "P9M", "MORE_THAN"),
    (
        "The fort held out for a little more than a year.",
        "a little more than a year",
        "DURATION",
        "P1Y",
        "MORE_THAN",
    ),
    ("He was revived after just over an hour.", "over an hour", "DURATION", "PT1H", "MORE_THAN"),
    (
        "The revolt lasted a little over four years.",
        "a little over four years",
        "DURATION",
        "P4Y",
        "MORE_THAN",
    ),
    (
        "The siege lasted a little under three months.",
        "a little under three months",
        "DURATION",
        "P3M",
        "LESS_THAN",
    ),
    (
        "Fares have been frozen for at least the past 14 months.",
        "at least the past 14 months",
        "DURATION",
        "P14M",
        "EQUAL_OR_MORE",
    ),
    ("He held the post for some eight years.", "some eight years", "DURATION", "P8Y", "APPROX"),
    ("He spent about five hours there.", "five hours", "DURATION", "PT5H", "APPROX"),
    # A range of amounts is one vague duration; a "-year" adjective takes "period" or "term".
    (
        "Flights restart within two to three weeks, the airline said.",
        "two to three weeks",
        "DURATION",
        "PXW",
        None,
    ),
    ("Hiring will resume in the next 6 to 9 months.", "the next 6 to 9 months", "DURATION", "PXM", None),
    ("The repair takes 5-6 hours.", "5-6 hours", "DURATION", "PTXH", None),
    ("Profits were inflated over a three-year period.", "a three-year period", "DURATION", "P3Y", None),
    ("He may buy shares during his one-year term.", "one-year term", "DURATION", "P1Y", None),
    # The second day of a range keeps its ordinal suffix.
    ("The fair ran two days, May 3 and 4th, as planned.", "4th", "DATE", "2025-05-04", None),
    # The first day of a day-first range keeps its article, as "the 28th" does.
    ("The line broke on the 14 and 15 May 1917.", "the 14", "DATE", "1917-05-14", None),
    # A year written once after a month-first range of days dates both ends.
    ("Strikes were held on June 3-7, 1921 in Leeds.", "7, 1921", "DATE", "1921-06-07", None),
    ("Strikes were held on June 3-7, 1921 in Leeds.", "June 3", "DATE", "1921-06-03", None),
    # Position modifiers with "in", and "pre-"/"post-" before a year.
    ("The guns were replaced early in 2024.", "early in 2024", "DATE", "2024", "START"),
    ("Later in 2024, she resigned.", "Later in 2024", "DATE", "2024", "END"),
    # "late on" before a weekday, as wire copy writes "late Tuesday"; "Earlier on Friday" is said
    # of the day, as "Earlier Friday" is (no part of it).
    ("The talks collapsed late on Tuesday.", "late on Tuesday", "DATE", "2025-05-06", "END"),
    ("Earlier on Friday, the minister resigned.", "Friday", "DATE", "2025-05-09", None),
    # "the early hours of" a day is its start, as "early Saturday".
    (
        "Two men were held in the early hours of Saturday.",
        "the early hours of Saturday",
        "DATE",
        "2025-05-03",
        "START",
    ),
    ("The storm hit in the small hours of 5 May.", "the small hours of 5 May", "DATE", "2025-05-05", "START"),
    ("Prices fell at the tail end of 2023.", "the tail end of 2023", "DATE", "2023", "END"),
    ("The post-1959 politics split the family.", "post-1959", "DATE", "1959", "AFTER"),
    ("Output is back to pre-2020 levels.", "pre-2020", "DATE", "2020", "BEFORE"),
    # A hyphened position keeps its article, as "the mid-1990s" does.
    ("The chapel dates from the early-16th century.", "the early-16th century", "DATE", "15", "START"),
    # Wire copy's end and start of a period, hyphened to it.
    ("The bank expects rates to fall by end-2025.", "end-2025", "DATE", "2025", "END"),
    ("Stocks were 3% higher at end-March.", "end-March", "DATE", "2025-03", "END"),
    # "the 1700s" is the century of the 1700s, the 18th.
    ("Mills spread in the late-1700s.", "the late-1700s", "DATE", "17", "END"),
    # A half of a century or a month is its first or last part; a year's half has a value of its own.
    (
        "Railways spread in the second half of the 19th century.",
        "the second half of the 19th century",
        "DATE",
        "18",
        "END",
    ),
    ("Rents fell in the first half of May.", "the first half of May", "DATE", "2025-05", "START"),
    ("Rents fell in the second half of 2024.", "the second half of 2024", "DATE", "2024-H2", None),
    # A year that names a reporting period.
    (
        "Third-quarter profit was $5 million, up from the 2024 period.",
        "the 2024 period",
        "DATE",
        "2024-Q3",
        None,
    ),
    ("It lost $2 million in the 2024 quarter.", "the 2024 quarter", "DATE", "2024-Q1", None),
    ("The year 1957 also brought a change.", "The year 1957", "DATE", "1957", None),
    # "the" of a larger noun stays out; "the nine months" as the head noun keeps it.
    ("He spoke at the two day rally.", "two day", "DURATION", "P2D", None),
    ("It opened the Hundred Days Offensive.", "Hundred Days", "DURATION", "P100D", None),
    # A heading ends at its line: the next line's first word is no noun of its.
    ("The Hundred Days\nNapoleon landed near Cannes.", "The Hundred Days", "DURATION", "P100D", None),
    ("Nothing marked the two days of talks.", "two days", "DURATION", "P2D", None),
    ("For the nine months ended Sept. 30, profit rose.", "the nine months", "DURATION", "P9M", None),
    # A count before "before" + an event is a duration, its bound inside the extent.
    (
        "Buyers have at least 45 days before signing.",
        "at least 45 days",
        "DURATION",
        "P45D",
        "EQUAL_OR_MORE",
    ),
    # A compound duration is one: each part a smaller unit than the one before.
    (
        "The war lasted two years, seven months and twenty days.",
        "two years, seven months and twenty days",
        "DURATION",
        "P2Y7M20D",
        None,
    ),
    ("The flight took 2 hours and 30 minutes.", "2 hours and 30 minutes", "DURATION", "PT2H30M", None),
    (
        "He was jailed for more than three years and six months.",
        "more than three years and six months",
        "DURATION",
        "P3Y6M",
        "MORE_THAN",
    ),
    # A named day and the date that restates it are one date.
    (
        "The guns fell silent on Christmas Eve, 24 December 1914.",
        "Christmas Eve, 24 December 1914",
        "DATE",
        "1914-12-24",
        None,
    ),
    (
        "The rising began on Easter Monday, 24 April 1916.",
        "Easter Monday, 24 April 1916",
        "DATE",
        "1916-04-24",
        None,
    ),
    # A clock time next to a weekday of every week is that day's clock, every week: one SET.
    ("The quiz is broadcast at 7:30pm on Thursdays.", "7:30pm on Thursdays", "SET", "XXXX-WXX-4T19:30", None),
    ("The choir rehearses every Tuesday at 6pm.", "every Tuesday at 6pm", "SET", "XXXX-WXX-2T18:00", None),
    # "EOD", "end of day" before a day are its end, as "the end of" is.
    ("Bids are due by end of day Friday.", "end of day Friday", "DATE", "2025-05-09", "END"),
    ("Send the files by EOD Monday.", "EOD Monday", "DATE", "2025-05-12", "END"),
    # Units at one end of a named period, with no number: the period and where in it, as "late 1975".
    ("Troops landed in the closing months of 1975.", "the closing months of 1975", "DATE", "1975", "END"),
    ("The city starved in the final weeks of 1944.", "the final weeks of 1944", "DATE", "1944", "END"),
    (
        "Strikes spread in the opening days of March 1917.",
        "the opening days of March 1917",
        "DATE",
        "1917-03",
        "START",
    ),
    ("Prices were flat in the first months of 2024.", "the first months of 2024", "DATE", "2024", "START"),
    # ... of a period named by reference, and with a vague number of units.
    (
        "Exports slumped in the closing months of last year.",
        "the closing months of last year",
        "DATE",
        "2024",
        "END",
    ),
    (
        "Talks resume in the first days of next month.",
        "the first days of next month",
        "DATE",
        "2025-06",
        "START",
    ),
    (
        "Prices fell in the last few days of December.",
        "the last few days of December",
        "DATE",
        "2024-12",
        "END",
    ),
    (
        "Hiring slowed in the first several weeks of 2024.",
        "the first several weeks of 2024",
        "DATE",
        "2024",
        "START",
    ),
    # Units at one end of a decade are where in it, as of a year ("the closing months of 1975").
    ("The last years of the 1990s were a boom.", "The last years of the 1990s", "DATE", "199", "END"),
    # A position that spans two is named by the one it ends nearer.
    ("Deliveries are due in mid-to-late June.", "mid-to-late June", "DATE", "2025-06", "END"),
    ("Deliveries are due in mid- to late June.", "mid- to late June", "DATE", "2025-06", "END"),
    ("The look ruled the early-to-mid 1990s.", "the early-to-mid 1990s", "DATE", "199", "START"),
    ("The band formed in early to mid-2004.", "early to mid-2004", "DATE", "2004", "START"),
    ("He waited between three and six months.", "between three and six months", "DURATION", "PXM", None),
    ("It took the better part of a year.", "the better part of a year", "DURATION", "P1Y", "LESS_THAN"),
    # The part of a day the story stands at, with the hours at its start.
    (
        "The talks ran into the early hours of the morning.",
        "the early hours of the morning",
        "TIME",
        "2025-05-09TMO",
        "START",
    ),
]


@pytest.mark.parametrize(("text", "span", "type_", "value", "mod"), CASES, ids=[case[1] for case in CASES])
def test_extent(text: str, span: str, type_: str, value: str, mod: str | None) -> None:
    timexes = annotate(text, dct=DCT)
    found = [timex for timex in timexes if timex.text == span]
    assert found, [(t.text, t.value, t.mod) for t in timexes]
    assert (found[0].type, found[0].value, found[0].mod) == (type_, value, mod)


#: Texts whose words look like a modifier or an open end but are not one.
NEGATIVES = [
    # "or more likely" begins another reading, not a bound.
    ("The plant may reopen in 2026 or more likely 2027.", "2026"),
    ("A few weeks or so ago, prices fell.", "A few weeks"),
    ("It formed a thousand centuries or so ago.", "a thousand centuries"),
    ("He enlisted in March 1991 and later ran a bakery.", "March 1991"),
    ("Lawyers hunted for a way around Thursday's verdict.", "Thursday"),
    ("She took the early-December flight alone.", "early-December"),
    ("Prices rose over the past three years.", "the past three years"),
    ("Ten prisoners were freed over 24 hours.", "24 hours"),
    ("It ends a four-day state visit.", "four-day"),
    # A vague count of units at the end of something that is no period stays a length.
    ("Aid arrived in the last few days of the campaign.", "the last few days"),
    # Units that do not go down are two durations, not one.
    ("They waited ten days and two weeks.", "ten days"),
    ("The talks took three days, and the vote two hours.", "three days"),
    # A history leaves "late on" out of a full date.
    ("The king was arrested late on 21 June 1791.", "21 June 1791"),
    # A named day that does not fall on the date after it stays apart.
    ("They met on Christmas Day, 26 December 1914.", "26 December 1914"),
    # A counted end of a period is a length of its own, as TimeBank draws it.
    ("Sales rose in the first nine months of 2024.", "the first nine months"),
    ("The opening days of the siege were quiet.", "The opening days"),
    # ... but not of an event a year names.
    ("The first months of the 2008 crisis were hard.", "The first months"),
    # A second thought after "or" stays out of the amount, as TimeBank draws it.
    ("The appeal could take a month or two.", "a month"),
    ("Officers were trained for ten or fifteen years.", "fifteen years"),
    # A named day's part leaves its hours out, as TimeBank draws it.
    ("They struck in the early hours of Thursday morning.", "Thursday morning"),
]


@pytest.mark.parametrize(("text", "span"), NEGATIVES, ids=[case[0] for case in NEGATIVES])
def test_not_widened(text: str, span: str) -> None:
    assert span in [timex.text for timex in annotate(text, dct=DCT)]


#: (text, the timexes found): a range of years before the era writes the era once, after its end.
ERA_RANGES = [
    ("The revolt (499-493 BC) failed.", [("499", "BC0499"), ("493 BC", "BC0493")]),
    ("The war lasted from 264 to 241 BC.", [("264", "BC0264"), ("241 BC", "BC0241")]),
    # A first year of four digits is one before the era too.
    ("The New Kingdom lasted from 1550 to 1070 BC.", [("1550", "BC1550"), ("1070 BC", "BC1070")]),
    ("The collapse (c. 1200–1150 BC) ended the palaces.", [("c. 1200", "BC1200"), ("1150 BC", "BC1150")]),
    # Not a range of years: the first number is smaller (years before the era count down) or a count.
    ("Legions 20-30 BC crossed the river.", [("30 BC", "BC0030")]),
    ("Over 5,000 to 480 BC.", [("480 BC", "BC0480")]),
]


@pytest.mark.parametrize(("text", "found"), ERA_RANGES, ids=[case[0] for case in ERA_RANGES])
def test_range_of_years_before_the_era(text: str, found: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")] == found


#: (text, the timexes found): a range of clock times writes "a.m."/"p.m." once, after its end.
ORDINAL_DAY_RANGES = [
    (
        "The summit will take place on the 20th and 21st.",
        [("the 20th", "2025-05-20"), ("21st", "2025-05-21")],
    ),
    ("Talks were held on the 6th and 7th.", [("the 6th", "2025-05-06"), ("7th", "2025-05-07")]),
    ("The fair runs the 23rd through 26th.", [("the 23rd", "2025-05-23"), ("26th", "2025-05-26")]),
    # Not a range of days: a bare number after, or two ranks.
    ("Talks were held on the 6th and 7 people died.", [("the 6th", "2025-05-06")]),
    ("It was the 20th and 21st time the dam had flooded.", []),
]


@pytest.mark.parametrize(("text", "found"), ORDINAL_DAY_RANGES, ids=[case[0] for case in ORDINAL_DAY_RANGES])
def test_range_of_ordinal_days(text: str, found: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct=DCT)] == found


CLOCK_RANGES = [
    (
        "The shots were heard between 1 and 3 p.m.",
        [("1", "2025-05-09T13:00"), ("3 p.m.", "2025-05-09T15:00")],
    ),
    ("Polls are open from 9 to 11 a.m.", [("9", "2025-05-09T09:00"), ("11 a.m.", "2025-05-09T11:00")]),
    ("Shops open from 10 to 2 p.m.", [("10", "2025-05-09T10:00"), ("2 p.m.", "2025-05-09T14:00")]),
    (
        "Between 10.30 and 11.45pm, police came.",
        [("10.30", "2025-05-09T22:30"), ("11.45pm", "2025-05-09T23:45")],
    ),
    # A first end with minutes, found on its own, takes the half of the day from the second.
    ("Open from 1:30 to 3 p.m.", [("1:30", "2025-05-09T13:30"), ("3 p.m.", "2025-05-09T15:00")]),
    ("Talks ran from 10:30 to 2 p.m.", [("10:30", "2025-05-09T10:30"), ("2 p.m.", "2025-05-09T14:00")]),
    # Not a range: money, or a later hour first.
    ("He paid $5-7 p.m. rates.", [("7 p.m.", "2025-05-09T19:00")]),
    ("It ran from 11 to 9 a.m.", [("9 a.m.", "2025-05-09T09:00")]),
    # Bare hours after a word of opening hours or of work: the first a morning hour (or an
    # afternoon one from 1 to 6), the second the first such hour after it.
    ("The bakery opens from 7 to 3.", [("7", "2025-05-09T07:00"), ("3", "2025-05-09T15:00")]),
    ("Nurses work from 6 to 11, then rest.", [("6", "2025-05-09T18:00"), ("11", "2025-05-09T23:00")]),
    ("The hall is open between 10 and 12.", [("10", "2025-05-09T10:00"), ("12", "2025-05-09T12:00")]),
    # Ranges of days and of clocks written in other ways.
    ("Voting runs June 3 to 5.", [("June 3", "2025-06-03"), ("5", "2025-06-05")]),
    ("Visits are allowed 9am-5pm.", [("9am", "2025-05-09T09:00"), ("5pm", "2025-05-09T17:00")]),
    ("The hearing runs from 10:00 to 11:30.", [("10:00", "2025-05-09T10:00"), ("11:30", "2025-05-09T11:30")]),
]

#: (text, the timexes found as (span, type, value)): clock times said of a set recur with it, on
#: each day of the set (its weekday where it names one), not on the day of writing.
CLOCKS_OF_SETS = [
    (
        "The museum is open from 9 to 5 on weekdays.",
        [("9", "TIME", "XXXX-XX-XXT09:00"), ("5", "TIME", "XXXX-XX-XXT17:00"), ("weekdays", "SET", "P1W")],
    ),
    (
        "The bank is closed every weekday between noon and 1 p.m.",
        [
            ("every weekday", "SET", "P1W"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
        ],
    ),
    (
        "The library opens from 2 to 6 p.m. on Sundays.",
        [
            ("2", "TIME", "XXXX-WXX-7T14:00"),
            ("6 p.m.", "TIME", "XXXX-WXX-7T18:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
        ],
    ),
    (
        "The pool is open from 10 to 4 on weekends.",
        [
            ("10", "TIME", "XXXX-WXX-WET10:00"),
            ("4", "TIME", "XXXX-WXX-WET16:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
        ],
    ),
    (
        "The ferry sails daily at 7 a.m. and 4 p.m.",
        [("daily at 7 a.m.", "SET", "XXXX-XX-XXT07:00"), ("4 p.m.", "TIME", "XXXX-XX-XXT16:00")],
    ),
    # A span of weekdays that opening hours told in the present recur on: each end every such day,
    # and the clocks on any day of the span.
    (
        "The clinic is open Monday-Friday.",
        [("Monday", "SET", "XXXX-WXX-1"), ("Friday", "SET", "XXXX-WXX-5")],
    ),
    (
        "The depot is staffed 8 a.m. to 4 p.m. Mon.-Fri.",
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Mon.", "SET", "XXXX-WXX-1"),
            ("Fri.", "SET", "XXXX-WXX-5"),
        ],
    ),
    # ... not a span in the past, nor one of an event.
    (
        "The plant was closed Monday through Wednesday.",
        [("Monday", "DATE", "2025-05-05"), ("Wednesday", "DATE", "2025-05-07")],
    ),
    (
        "The trial ran Tuesday to Thursday.",
        [("Tuesday", "DATE", "2025-05-06"), ("Thursday", "DATE", "2025-05-08")],
    ),
    (
        "Buses run hourly from 6 a.m. to midnight.",
        [
            ("hourly", "SET", "PT1H"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
        ],
    ),
    # A clock in another clause keeps the day of writing.
    (
        "The shop opens on Sundays. The fire broke out at 3 p.m.",
        [("Sundays", "SET", "XXXX-WXX-7"), ("3 p.m.", "TIME", "2025-05-09T15:00")],
    ),
]


@pytest.mark.parametrize(("text", "found"), CLOCKS_OF_SETS, ids=[case[0] for case in CLOCKS_OF_SETS])
def test_clocks_of_a_set(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(timex.text, timex.type, timex.value) for timex in annotate(text, dct=DCT)] == found


@pytest.mark.parametrize(("text", "found"), CLOCK_RANGES, ids=[case[0] for case in CLOCK_RANGES])
def test_range_of_clock_times(text: str, found: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct=DCT)] == found


@pytest.mark.parametrize(
    "text",
    [
        "0 st. bartholomew's day-25 1000s ",  # found by the fuzz test: the range took the decade's digits
        "Christmas-26 1990s",
        "The fair ran March 5-9 2024-W10.",
    ],
)
def test_a_range_takes_no_year_that_is_part_of_another_expression(text: str) -> None:
    check_invariants(text, annotate(text, dct=DCT))
