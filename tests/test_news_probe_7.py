"""A seventh probe of news: what "about" and "over" bound, and more, from broadcast transcripts
and from the TimeML guidelines' extents.

Sentences written for this probe in the way wire copy and broadcast news write them, each with
every timex it must yield (text, type, value and mod). Values follow TimeML 1.2.1 and
../shared/TIMEX3.md. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "about" after a word that takes it ("worried about 2025", "talked about next year") is the
  preposition: the date is what the words are about, not a rounded one; "born about 1850" rounds.
- "over" bounds a count after a verb of lasting ("lasted over nine years", "well over three
  years", "after over two months"), as after "for"; "rose over three years", "phased in over three
  years" are spans.

- No times: a place or a company a season or a century begins the name of ("Winter Park", "Fall
  River", "Twenty-First Century Fox"), a share of a place ("three quarters of Moscow"), and a
  broadcast's "Now to the weather", "And now for the headlines" (but "Now officials are ...").
- "the last quarter", "the past quarter" are a company's latest quarter, with their article (not
  "the last quarter of the game").
- "a couple of weeks" is two weeks or so (``APPROX``), as TimeBank writes it; "a day or two" is
  one timex, some days.
- A rate's "a year", "an hour" after a sum, a share or a speed is no time ("$50,000 a year",
  "eighty miles an hour"; TimeBank leaves most such rates untagged); "three times a day" is a set.
- A feast after "every" or "each" is a set: a fixed one its day of every year ("every Christmas",
  ``XXXX-12-25``), a movable one once a year (``P1Y``).
- A transcript writes the clock as said: "ten a.m. Pacific time", "the six p.m. curfew",
  "two-fifteen this morning", "four thirty-one in the morning".
- A participle after "stay", "remain" or "become" tells no past ("Schools will stay closed on
  Tuesday"); "testifies before Congress on Wednesday" is a hearing's day ahead; "earlier than
  planned" is a comparison, no past.
- "Forty years ago this morning" is one time, the anniversary's morning; a day in the month of
  an earlier year a report has just told is in that year ("In July 1969, Apollo 11 landed ... had
  lifted off on July 16").
- Wire copy: a past verb with a figure for its object dates a finished month ("Prices rose 5
  percent in May", written in April, is last year's); "the Australian Open" is no verb that
  schedules; "a year earlier" that a month's figure is compared with is that month a year before;
  "month-on-month" compares, no length; a second predicate after "and" keeps the year of the date
  the first told ("arrested on Feb. 3, 2020, and released on May 9"); "outscored ... in the third
  quarter" is a game's quarter; "the next Summer Olympics" no season; "that season" after "the 2001
  season" is that year.
- "Tuesday next week", "Thursday of next week", "Monday of this week" are one day each.
- "last evening" is yesterday's (not "the last evening of the festival"); "throughout the
  morning", "for most of the afternoon" are the parts of the day the text stands at.
- An hour without its half of the day on the evening or night the story stands at is the
  evening's ("Tonight ... at eight o'clock": 20:00), from six to eleven; "overnight" after a time
  of a day's second half is the night that follows it ("at ten last night. Overnight, ..."), and
  in a report of the DCT's day the night before it.

Publication dates: 2024-03-14, a Thursday (D); 1995-10-03, a Tuesday (B).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2024-03-14"
B = "1995-10-03"

CASES: list[tuple[str, str, list[tuple]]] = [
    # "about" the preposition.
    ("Investors are worried about 2025.", D, [("2025", "DATE", "2025")]),
    ("Analysts are cautious about next year.", D, [("next year", "DATE", "2025")]),
    # (A quarter still months off, in the past tense, is last year's: the case is of "about".)
    ("Executives talked about the third quarter.", D, [("the third quarter", "DATE", "2023-Q3")]),
    ("Executives will talk about the third quarter.", D, [("the third quarter", "DATE", "2024-Q3")]),
    ("The church was built about 1850.", D, [("about 1850", "DATE", "1850", "APPROX")]),
    # "over" bounds a count.
    ("The war lasted over nine years.", D, [("over nine years", "DURATION", "P9Y", "MORE_THAN")]),
    (
        "The siege went on for well over three years.",
        D,
        [("over three years", "DURATION", "P3Y", "MORE_THAN")],
    ),
    ("Talks resumed after over two months.", D, [("over two months", "DURATION", "P2M", "MORE_THAN")]),
    ("The law will be phased in over three years.", D, [("three years", "DURATION", "P3Y")]),
    ("Prices rose over three years.", D, [("three years", "DURATION", "P3Y")]),
    # "the last quarter" keeps its article; "the last quarter of the game" is none.
    ("Sales in the last quarter fell 3%.", D, [("the last quarter", "DATE", "2023-Q4")]),
    ("Profits dipped in the past quarter.", D, [("the past quarter", "DATE", "2023-Q4")]),
    ("In the last quarter of the game, he scored.", D, []),
    # "a couple of" is two or so.
    ("It took a couple of weeks.", D, [("a couple of weeks", "DURATION", "P2W", "APPROX")]),
    ("He left a couple of years ago.", D, [("a couple of years ago", "DATE", "2022", "APPROX")]),
    ("For a day or two, nothing happened.", D, [("a day or two", "DURATION", "PXD")]),
    # Rates are no times; a feast "every" year is a set.
    ("He earns $50,000 a year.", D, []),
    ("Winds of eighty miles an hour battered the coast.", D, []),
    ("She makes fifteen dollars an hour.", D, []),
    ("Sales were $1 billion a year ago.", D, [("a year ago", "DATE", "2023")]),
    ("He takes the pills three times a day.", D, [("three times a day", "SET", "P1D", None, {"freq": "3X"})]),
    (
        "The family gathers every Christmas.",
        D,
        [("every Christmas", "SET", "XXXX-12-25", None, {"quant": "EVERY"})],
    ),
    ("Each Easter the church fills.", D, [("Each Easter", "SET", "P1Y", None, {"quant": "EACH"})]),
    # Names and turns of a broadcast that are no times.
    ("She grew up in Winter Park, Florida.", D, []),
    ("The mill closed in Fall River.", D, []),
    ("Twenty-First Century Fox sold its studio.", D, []),
    ("Now to the weather.", D, []),
    ("And now for the headlines.", D, []),
    ("Now officials are investigating.", D, [("Now", "DATE", "PRESENT_REF")]),
    ("The French held three quarters of Moscow.", D, []),
    # A transcript's clock.
    (
        "The verdict was read at ten a.m. Pacific time.",
        B,
        [("ten a.m. Pacific time", "TIME", "1995-10-03T10:00-07:00")],
    ),
    ("Police enforced the six p.m. curfew.", B, [("six p.m.", "TIME", "1995-10-03T18:00")]),
    (
        "At two-fifteen this morning, they called it.",
        B,
        [("two-fifteen this morning", "TIME", "1995-10-03T02:15")],
    ),
    (
        "The quake struck at four thirty-one in the morning.",
        B,
        [("four thirty-one in the morning", "TIME", "1995-10-03T04:31")],
    ),
    # Tense: a participle after "stay", a hearing's place, a comparison.
    ("Schools will stay closed on Tuesday.", "1993-03-15", [("Tuesday", "DATE", "1993-03-16")]),
    ("Greenspan testifies before Congress on Wednesday.", B, [("Wednesday", "DATE", "1995-10-04")]),
    (
        "The astronauts will return to Earth on Wednesday, two days earlier than planned.",
        B,
        [("Wednesday", "DATE", "1995-10-04"), ("two days", "DURATION", "P2D")],
    ),
    # An anniversary's part of the day; a day in the month a look back has told.
    (
        "Forty years ago this morning, Saigon fell.",
        B,
        [("Forty years ago this morning", "TIME", "1955-10-03TMO")],
    ),
    (
        "In July 1969, Apollo 11 landed on the moon. The crew had lifted off on July 16.",
        B,
        [("July 1969", "DATE", "1969-07"), ("July 16", "DATE", "1969-07-16")],
    ),
    # Business, court and sports wire.
    ("Prices rose 5 percent in May.", "2021-04-20", [("May", "DATE", "2020-05")]),
    ("He won the Australian Open in January.", "2023-07-16", [("January", "DATE", "2023-01")]),
    (
        "Consumer prices rose 8.6% in May from a year earlier.",
        "2022-06-15",
        [("May", "DATE", "2022-05"), ("a year earlier", "DATE", "2021-05")],
    ),
    ("On a month-on-month basis, prices rose 1%.", "2022-06-15", []),
    (
        "He was arrested on Feb. 3, 2020, and released on May 9.",
        "2021-06-24",
        [("Feb. 3, 2020", "DATE", "2020-02-03"), ("May 9", "DATE", "2020-05-09")],
    ),
    (
        "He was arrested in 2019 and charged in March.",
        "2021-06-24",
        [("2019", "DATE", "2019"), ("March", "DATE", "2019-03")],
    ),
    ("The Rockets outscored Golden State 30-18 in the third quarter.", "2019-05-12", []),
    ("Los Angeles will host the next Summer Olympics in 2028.", "2024-08-11", [("2028", "DATE", "2028")]),
    (
        "He was injured early in the 2001 season and won a title that season.",
        "2020-03-17",
        [("2001", "DATE", "2001"), ("that season", "DATE", "2001")],
    ),
    # A weekday of a week named after it.
    ("The vote is Tuesday next week.", "2012-11-06", [("Tuesday next week", "DATE", "2012-11-13")]),
    (
        "The hearing is on Thursday of next week.",
        "2012-11-06",
        [("Thursday of next week", "DATE", "2012-11-15")],
    ),
    ("They met on Monday of this week.", "2012-11-06", [("Monday of this week", "DATE", "2012-11-05")]),
    # Parts of the day a transcript names.
    ("Missiles hit Baghdad last evening.", B, [("last evening", "TIME", "1995-10-02TEV")]),
    ("On the last evening of the festival they danced.", B, []),
    ("Markets swung throughout the morning.", B, [("the morning", "TIME", "1995-10-03TMO")]),
    ("The shelling lasted for most of the afternoon.", B, [("the afternoon", "TIME", "1995-10-03TAF")]),
    # An hour on the evening the story stands at; the night after an evening's time.
    (
        "Tonight, the President will address the nation at eight o'clock.",
        B,
        [("Tonight", "TIME", "1995-10-03TNI"), ("eight o'clock", "TIME", "1995-10-03T20:00")],
    ),
    (
        "Last night the storm hit at two o'clock.",
        B,
        [("Last night", "TIME", "1995-10-02TNI"), ("two o'clock", "TIME", "1995-10-03T02:00")],
    ),
    (
        "He spoke at ten last night. Overnight, the rebels advanced.",
        B,
        [("ten last night", "TIME", "1995-10-02T22:00"), ("Overnight", "TIME", "1995-10-02TNI")],
    ),
    ("Snow fell overnight.", B, [("overnight", "TIME", "1995-10-02TNI")]),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_7(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
