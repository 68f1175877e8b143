"""A twenty-fourth probe of narratives: Wikipedia-style histories of wars and campaigns, from the
ancient world to the 2010s (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case runs
with ``domain="narrative"`` and with ``domain="auto"`` (which reads each as a history).

Readings these cases pin down:
- "by the afternoon of the next day" is the afternoon of the day the story steps to, one TIME, as
  "the next afternoon" is.
- A season told in the pluperfect ("had worsened over the winter") is no time the story moves
  back to; "On 13 September 1759, about 4 a.m.," is one rounded TIME; a call a history tells of
  ("Activists had called for a first protest on 25 January") is for a day of its story, not the
  writer's future.
- "The next day, at noon" after a month the story named is a clock on a day of that month
  (1870-09-XXT12:00), as "The next day" alone is, not the writer's.
- A lead whose war began on a day and ended with a treaty signed on another ("began on 25 June
  1950, and an armistice was signed on 27 July 1953") gives a range: the story starts at its
  first day.
- An encyclopaedia's article on a civil war ("The Libyan civil war was an armed conflict in 2011
  ...") is a history in auto mode too, though it names its year once: its days and months are that
  year's, not the year of its writing; so is one that opens on how long its war lasted ("The 2003
  invasion of Iraq lasted from 20 March to 1 May 2003"), or when its coup took place ("The 2009
  Honduran coup d'etat took place on 28 June 2009").

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found, assert_history_in_auto_mode

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The Marines landed on 7 August 1942, and by the afternoon of the next day they had captured the "
        "airfield.",
        "2012-08-07",
        [("7 August 1942", "DATE", "1942-08-07"), ("the afternoon of the next day", "TIME", "1942-08-08TAF")],
    ),
    (
        "After his victory at Chancellorsville in early May 1863, Lee moved north. The Confederacy's "
        "position had worsened over the winter, and Vicksburg was under siege from mid-May. Lee hoped to "
        "relieve Virginia during the summer.",
        "2012-05-03",
        [
            ("early May 1863", "DATE", "1863-05", "START"),
            ("the winter", "DATE", "1862-WI"),
            ("mid-May", "DATE", "1863-05", "MID"),
            ("the summer", "DATE", "1863-SU"),
        ],
    ),
    (
        "On 13 September 1759, about 4 a.m., British troops climbed a path to the plains.",
        "2010-02-09",
        [("13 September 1759, about 4 a.m.", "TIME", "1759-09-13T04:00", "APPROX")],
    ),
    (
        "In September 1870 the army reached Sedan. The next day, at noon, the guns opened fire. By "
        "nightfall the town was taken.",
        "2010-11-10",
        [
            ("September 1870", "DATE", "1870-09"),
            ("The next day, at noon", "TIME", "1870-09-XXT12:00"),
            ("nightfall", "TIME", "1870-09-XXTEV"),
        ],
    ),
    (
        "The Korean War began on 25 June 1950, and an armistice was signed on 27 July 1953. The invasion "
        "came early on a Sunday morning, and Seoul fell three days later.",
        "2012-06-25",
        [
            ("25 June 1950", "DATE", "1950-06-25"),
            ("27 July 1953", "DATE", "1953-07-27"),
            ("a Sunday morning", "TIME", "XXXX-WXX-7TMO"),
            ("three days later", "DATE", "1950-06-28"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_24(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


LIBYA = (
    "The Libyan civil war was an armed conflict in 2011 between forces loyal to Colonel Muammar Gaddafi "
    "and rebels seeking to overthrow his government. Inspired by the uprisings in Tunisia and Egypt "
    "earlier that year, protesters took to the streets of Benghazi on 15 February. On 27 February the "
    "rebels formed the National Transitional Council. Gaddafi was captured and killed near Sirte on 20 "
    "October, and three days later the council declared the country liberated."
)
IRAQ = (
    "The 2003 invasion of Iraq lasted from 20 March to 1 May 2003. On 17 March President Bush gave Saddam "
    "Hussein 48 hours to leave the country. Coalition ground forces crossed from Kuwait early on 20 March. "
    "Baghdad fell on 9 April."
)
HONDURAS = (
    "The 2009 Honduran coup d'etat took place on 28 June 2009, when the army ousted President Manuel "
    "Zelaya. Zelaya had taken office on 27 January 2006. In March 2009 he called for a poll, to be held "
    "on 28 June. On 24 June he dismissed the head of the armed forces."
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # A civil war's article that names its year once.
        (
            LIBYA,
            "2012-10-23",
            {"15 February": "2011-02-15", "20 October": "2011-10-20", "three days later": "2011-10-23"},
        ),
        # A lead that says how long its war lasted.
        (IRAQ, "2010-09-08", {"17 March": "2003-03-17", "9 April": "2003-04-09"}),
        # A lead that says when its coup took place.
        (HONDURAS, "2012-06-28", {"28 June": "2009-06-28", "24 June": "2009-06-24"}),
    ],
    ids=["libya", "iraq", "honduras"],
)
def test_an_encyclopaedia_lead_opens_a_history_in_auto_mode(
    text: str, dct: str, expected: dict[str, str]
) -> None:
    assert_history_in_auto_mode(text, dct, expected)


def test_a_call_a_history_tells_is_for_a_day_of_its_story() -> None:
    # (Auto mode reads these two sentences as a report; a history's writer's future is "is
    # planned", "will open", not a call told in the past.)
    text = (
        "Mubarak resigned on 11 February 2011, after eighteen days of protest. Activists had called "
        "for a first protest on 25 January."
    )
    values = {t.text: t.value for t in annotate(text, dct="2012-03-03", domain="narrative")}
    assert values["25 January"] == "2011-01-25"
