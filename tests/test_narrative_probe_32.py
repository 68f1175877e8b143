"""A thirty-second probe of narrative: Wikipedia-style war histories (South American, Balkan and
colonial wars, antiquity to the twentieth century), encyclopedia biographies, and accounts of
events of a few days told day by day (documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield. Values
follow TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from
run in narrative mode only.

Readings these cases pin down: a text that writes the 24-hour clock writes the night's hours so too
("at 17:00 ... shortly after 2:00 on 22 August"); "from nine until noon"; the body after a lead
that told an event of some days from its start to its end ("It ended two days later") starts again
at its start; "Counting proceeded normally until 21:45" (no habit); "between Friday 8 and Sunday 10
June 2001"; "D-Day for Operation Sutton" is that operation's day, not Normandy's. A history's
present perfect speaks of the writer's year ("tensions have risen again this year: in March"); "in
the present day"; a year that something "had last" happened in, or that the background recalls in
the pluperfect before the event its first paragraph dates, is no time the story moves to; after a
background section, a day heading goes back to the event's year; "a party daily" (a paper).
"postponed the invasion of Britain until the spring" (the next); "17 September (D-Day)" is that
operation's day; "a provincial weekly" (a paper). "Shortly after midnight" told in the past after a
day is the midnight that ends it; "400,000 riksdaler a
year" is a rate, its period a length as WikiWars tags one.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "He taught at the Warsaw conservatory throughout the 1970s, where students remembered "
            "him rehearsing every day from nine until noon."
        ),
        "2018-10-22",
        [
            ("the 1970s", "DATE", "197"),
            ("every day", "SET", "P1D"),
            ("nine", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
        ],
    ),
    (
        (
            "The hijacking of Meridian Air Flight 417 was a three-day hostage crisis that began on "
            "Thursday, 14 March 1985, when four armed men seized a Boeing 727 shortly after it left "
            "Athens for Rome. It ended two days later on the tarmac at Larnaca, Cyprus, when Cypriot "
            "special forces stormed the aircraft.\n\nThe aircraft departed Athens at 10:12 local time "
            "with 96 passengers and seven crew."
        ),
        "2019-06-11",
        [
            ("three-day", "DURATION", "P3D"),
            ("Thursday, 14 March 1985", "DATE", "1985-03-14"),
            ("two days later", "DATE", "1985-03-16"),
            ("10:12", "TIME", "1985-03-14T10:12"),
        ],
    ),
    (
        (
            "The Halden County election night refers to the events between the close of polls on "
            "Sunday, 27 September 2009, and the declaration of the result three days later, during "
            "which a computer failure, a misplaced ballot box and a recount delayed the outcome of "
            "the closest parliamentary contest in the county's history.\n\nPolling stations closed at "
            "18:00."
        ),
        "2022-10-15",
        [
            ("Sunday, 27 September 2009", "DATE", "2009-09-27"),
            ("three days later", "DATE", "2009-09-30"),
            ("18:00", "TIME", "2009-09-27T18:00"),
        ],
    ),
    (
        (
            "Aurora 7 was a crewed orbital flight of the European-built Aurora spacecraft, launched "
            "from Kourou on Monday, 3 November 1997. Planned as a five-day test of the vehicle's "
            "life-support systems, the mission was cut short after 61 hours by a coolant leak, and "
            "the three-person crew landed in the Indian Ocean on the morning of 6 "
            "November.\n\nLaunch\nThe countdown was held for 47 minutes because of high-altitude winds, "
            "and the launcher lifted off at 14:22:10 UTC."
        ),
        "2016-08-30",
        [
            ("Monday, 3 November 1997", "DATE", "1997-11-03"),
            ("five-day", "DURATION", "P5D"),
            ("61 hours", "DURATION", "PT61H"),
            ("the morning of 6 November", "TIME", "1997-11-06TMO"),
            ("47 minutes", "DURATION", "PT47M"),
            ("14:22:10 UTC", "TIME", "1997-11-03T14:22:10Z"),
        ],
    ),
    (
        (
            "The Millbrook riots were a series of violent disturbances in the Eastfield district of "
            "Millbrook, a former mill town in northern England, between Friday 8 and Sunday 10 June "
            "2001."
        ),
        "2020-09-09",
        [
            ("former", "DATE", "PAST_REF"),
            ("Friday 8", "DATE", "2001-06-08"),
            ("Sunday 10 June 2001", "DATE", "2001-06-10"),
        ],
    ),
    (
        (
            "Korin arrived in Petrograd on the morning of 4 April 1917 and within weeks was editing "
            "a party daily."
        ),
        "2018-11-20",
        [("the morning of 4 April 1917", "TIME", "1917-04-04TMO"), ("weeks", "DURATION", "PXW")],
    ),
    (
        (
            "The sinking of the MV Kestrel Star was a maritime disaster in the southern North Sea "
            "that began on the evening of 11 January 1979, when the roll-on/roll-off ferry lost "
            "power off the Dutch coast, and ended on 14 January, when the last of 212 survivors was "
            "brought ashore at Den Helder. Nineteen passengers and crew died.\n\nBackground\nThe "
            "Kestrel Star was built in 1968 at Bremerhaven and had worked the Harwich–Den Helder "
            "route for nearly eleven years.\n\nTimeline\nThursday, 11 January\nThe ferry left Harwich at "
            "10:40 with 231 people aboard."
        ),
        "2019-03-02",
        [
            ("the evening of 11 January 1979", "TIME", "1979-01-11TEV"),
            ("14 January", "DATE", "1979-01-14"),
            ("1968", "DATE", "1968"),
            ("nearly eleven years", "DURATION", "P11Y", "APPROX"),
            ("Thursday, 11 January", "DATE", "1979-01-11"),
            ("10:40", "TIME", "1979-01-11T10:40"),
        ],
    ),
    (
        (
            "The Weissenau uprising was an armed revolt by artisans and students in the Rhineland "
            "city of Weissenau that lasted from Monday 20 March to Friday 24 March 1848.\n\nThe "
            "harvest of 1847 had been the worst in living memory, and the price of rye bread had "
            "doubled since the previous spring. On 12 March some 3,000 people gathered in the "
            "cathedral square to demand a free press and the right of assembly; the city council "
            "promised an answer within a week but never gave one."
        ),
        "2021-05-10",
        [
            ("Monday 20 March", "DATE", "1848-03-20"),
            ("Friday 24 March 1848", "DATE", "1848-03-24"),
            ("1847", "DATE", "1847"),
            ("the previous spring", "DATE", "1847-SP"),
            ("12 March", "DATE", "1848-03-12"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    (
        (
            "The city was rebuilt over the next two decades, and in the present day it remains the "
            "base of the Black Sea Fleet."
        ),
        "2010-11-08",
        [("the next two decades", "DURATION", "P20Y"), ("the present day", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "October–November 1940\nBy October the Luftwaffe had switched almost entirely to night "
            "attacks, and on 12 October Hitler postponed the invasion of Britain until the spring."
        ),
        "2016-03-02",
        [
            ("October", "DATE", "1940-10"),
            ("November 1940", "DATE", "1940-11"),
            ("October", "DATE", "1940-10"),
            ("12 October", "DATE", "1940-10-12"),
            ("the spring", "DATE", "1941-SP"),
        ],
    ),
    (
        (
            "On Tuesday, 20 August 1991, a rally of some 100,000 gathered outside the parliament. "
            "Shortly after midnight, three men were killed."
        ),
        "2011-08-15",
        [("Tuesday, 20 August 1991", "DATE", "1991-08-20"), ("midnight", "TIME", "1991-08-20T24:00")],
    ),
    (
        (
            "The Battle of Britain raged through the summer of 1940. On 12 October Hitler postponed "
            "the invasion of Britain until the spring."
        ),
        "2015-03-10",
        [
            ("the summer of 1940", "DATE", "1940-SU"),
            ("12 October", "DATE", "1940-10-12"),
            ("the spring", "DATE", "1941-SP"),
        ],
    ),
    (
        (
            "Operation Market Garden began in September 1944.\n\n17 September (D-Day)\nThe first lift "
            "landed shortly after 09:45. By nightfall the bridge was held."
        ),
        "2015-03-10",
        [
            ("September 1944", "DATE", "1944-09"),
            ("17 September", "DATE", "1944-09-17"),
            ("09:45", "TIME", "1944-09-17T09:45"),
            ("nightfall", "TIME", "1944-09-17TEV"),
        ],
    ),
    (
        "In 1921 her first poem appeared in a provincial weekly.",
        "2015-01-01",
        [("1921", "DATE", "1921")],
    ),
    (
        (
            "No peace treaty has followed the armistice of 27 July 1953, and tensions have risen "
            "again this year: in March, artillery fire was exchanged."
        ),
        "2010-06-01",
        [("27 July 1953", "DATE", "1953-07-27"), ("this year", "DATE", "2010"), ("March", "DATE", "2010-03")],
    ),
    (
        (
            "The 1905 eruption of Mount Tembara began on 14 April 1905.\n\nBackground\nTembara had last "
            "erupted in 1836. Earthquakes had been felt since the beginning of the year, and in "
            "early April the tremors grew."
        ),
        "2017-11-20",
        [
            ("1905", "DATE", "1905"),
            ("14 April 1905", "DATE", "1905-04-14"),
            ("1836", "DATE", "1836"),
            ("the beginning of the year", "DATE", "1905", "START"),
            ("early April", "DATE", "1905-04", "START"),
        ],
    ),
    (
        (
            "The uprising lasted from 20 March to 24 March 1848.\n\nThe harvest of 1847 had been the "
            "worst in living memory. On 12 March some 3,000 people gathered in the square."
        ),
        "2021-05-10",
        [
            ("20 March", "DATE", "1848-03-20"),
            ("24 March 1848", "DATE", "1848-03-24"),
            ("1847", "DATE", "1847"),
            ("12 March", "DATE", "1848-03-12"),
        ],
    ),
    (
        (
            "The ferry sank on the evening of 11 January 1979.\n\nBackground\nThe ship was built in "
            "1968 at Bremerhaven.\n\nSaturday, 13 January\nAt 07:30 a fishing boat found a raft."
        ),
        "2019-03-02",
        [
            ("the evening of 11 January 1979", "TIME", "1979-01-11TEV"),
            ("1968", "DATE", "1968"),
            ("Saturday, 13 January", "DATE", "1979-01-13"),
            ("07:30", "TIME", "1979-01-13T07:30"),
        ],
    ),
    (
        "Within weeks he was editing a party daily in Petrograd, and in 1917 he returned.",
        "2015-01-01",
        [("weeks", "DURATION", "PXW"), ("1917", "DATE", "1917")],
    ),
    (
        (
            "Polls closed at 18:00 on Sunday, 27 September 2009. Counting proceeded normally until "
            "21:45, when the software failed."
        ),
        "2022-10-15",
        [
            ("18:00 on Sunday, 27 September 2009", "TIME", "2009-09-27T18:00"),
            ("21:45", "TIME", "2009-09-27T21:45"),
        ],
    ),
    (
        (
            "The Falklands landings began at dawn on 21 May 1982, D-Day for Operation Sutton. That "
            "afternoon the first Argentine air attacks began."
        ),
        "2010-01-01",
        [
            ("dawn", "TIME", "1982-05-21TMO"),
            ("21 May 1982", "DATE", "1982-05-21"),
            ("That afternoon", "TIME", "1982-05-21TAF"),
        ],
    ),
    (
        "The riots took place between Friday 8 and Sunday 10 June 2001.",
        "2020-09-09",
        [("Friday 8", "DATE", "2001-06-08"), ("Sunday 10 June 2001", "DATE", "2001-06-10")],
    ),
    (
        (
            "Tanks surrounded the parliament at 17:00 on 21 August 1991. Gorbachev returned to "
            "Moscow shortly after 2:00 on 22 August."
        ),
        "2013-01-01",
        [
            ("17:00 on 21 August 1991", "TIME", "1991-08-21T17:00"),
            ("2:00 on 22 August", "TIME", "1991-08-22T02:00"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The 1905 eruption of Mount Tembara was a volcanic eruption on the island of Sumbara in "
            "the Dutch East Indies.\n\nBackground\nTembara had last erupted in 1836 and was regarded by "
            "the colonial authorities as extinct. Earthquakes had been felt in the villages on its "
            "northern slope since the beginning of the year, and in early April a planter at Lembang "
            "recorded up to twenty tremors an hour."
        ),
        "2017-11-20",
        [
            ("1905", "DATE", "1905"),
            ("1836", "DATE", "1836"),
            ("the beginning of the year", "DATE", "1905", "START"),
            ("early April", "DATE", "1905-04", "START"),
        ],
    ),
    (
        (
            "Signed on 23 January 1631, it bound Louis XIII to pay a subsidy of 400,000 riksdaler a "
            "year for five years."
        ),
        "2014-03-02",
        [
            ("23 January 1631", "DATE", "1631-01-23"),
            ("a year", "DURATION", "P1Y"),
            ("five years", "DURATION", "P5Y"),
        ],
    ),
    (
        "In 1631 France agreed to pay a subsidy of 400,000 riksdaler a year for five years.",
        "2015-01-01",
        [("1631", "DATE", "1631"), ("a year", "DURATION", "P1Y"), ("five years", "DURATION", "P5Y")],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_32(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_32_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
