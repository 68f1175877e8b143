"""A thirty-second probe of narrative: Wikipedia-style war histories (South American, Balkan and
colonial wars, antiquity to the twentieth century), encyclopedia biographies, and accounts of
events of a few days told day by day (documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield. Values
follow TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``.

Readings these cases pin down: a text that writes the 24-hour clock writes the night's hours so
too ("at 17:00 ... shortly after 2:00 on 22 August"); "from nine until noon"; the body after a
lead that told an event of some days from its start to its end ("It ended two days later")
starts again at its start; "Counting proceeded normally until 21:45" (no habit); "between Friday 8
and Sunday 10 June 2001"; "D-Day for Operation Sutton" is that operation's day, not Normandy's.
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


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_32(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
