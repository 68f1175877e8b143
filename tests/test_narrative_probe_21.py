"""A twenty-first probe of narratives: histories of wars and campaigns from antiquity to the 20th
century (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories.

Readings these cases pin down:
- "spent the next weeks strengthening the defences": a vague length, as "the following days" is.
- "by evening had routed": the evening of the story's day, before the verb of its clause.
- "That afternoon and night the mission held out": the night of the same day as the afternoon.
- A second round: a year that dates a noun of a place ("signed in the same railway carriage used
  in 1918") is no time the story moves to; "Fall Rot" is an operation's name, no autumn; a year
  of three digits "in early 757" or opening a sentence ("By 751 he"); "the next quarter of a
  century" is one length; in auto mode, a weekday that restates a day of the story ("On the
  morning of 8 May, a Sunday,") is no sign of news; "every summer" in a story before the era is
  every year's (XXXX-SU), no year before it.

Publication date: DCT.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2019-01-22"

CASES: list[tuple[str, list[tuple]]] = [
    (
        "On 25 July 1814 the Americans withdrew to Fort Erie, where they spent the next weeks "
        "strengthening the defences.",
        [("25 July 1814", "DATE", "1814-07-25"), ("the next weeks", "DURATION", "PXW")],
    ),
    (
        "On 17 September 1631 the Swedes held and by evening had routed the imperialists.",
        [("17 September 1631", "DATE", "1631-09-17"), ("evening", "TIME", "1631-09-17TEV")],
    ),
    (
        "On 22 January 1879 the camp was overrun. That afternoon and night the mission held out.",
        [
            ("22 January 1879", "DATE", "1879-01-22"),
            ("That afternoon", "TIME", "1879-01-22TAF"),
            ("night", "TIME", "1879-01-22TNI"),
        ],
    ),
    # A second round (histories of modern and pre-modern wars, biographies).
    (
        "The armistice was signed on 22 June 1940 in the same railway carriage used in 1918 and came "
        "into effect just after midnight on 25 June.",
        [
            ("22 June 1940", "DATE", "1940-06-22"),
            ("1918", "DATE", "1918"),
            ("midnight on 25 June", "TIME", "1940-06-25T00:00"),
        ],
    ),
    (
        "The second phase, Fall Rot, began on 5 June 1940.",
        [("5 June 1940", "DATE", "1940-06-05")],
    ),
    (
        "The rebellion began in December 755. An Lushan was murdered by his own son in early 757.",
        [("December 755", "DATE", "0755-12"), ("early 757", "DATE", "0757", "START")],
    ),
    (
        "The rebellion began in 755. By 751 he commanded three frontier armies.",
        [("755", "DATE", "0755"), ("751", "DATE", "0751")],
    ),
    (
        "He was first jailed in December 1921, and over the next quarter of a century he spent "
        "nearly nine years in prison.",
        [
            ("December 1921", "DATE", "1921-12"),
            ("the next quarter of a century", "DURATION", "P25Y"),
            ("nearly nine years", "DURATION", "P9Y", "APPROX"),
        ],
    ),
]


def test_a_set_in_a_story_before_the_era_is_every_year_s() -> None:
    text = "Caesar crossed the Rhine in 55 BC. Every summer the legions marched north."
    assert_found(
        annotate(text, dct=DCT, domain="narrative"),
        [("55 BC", "DATE", "BC0055"), ("Every summer", "SET", "XXXX-SU", None, {"quant": "EVERY"})],
    )


def test_a_weekday_restating_a_day_of_a_history_leaves_it_a_history() -> None:
    text = (
        "The siege of Orleans lasted from 12 October 1428 to 8 May 1429. The English took the "
        "Tourelles on 24 October. On 12 February 1429 a relief attempt failed. On the morning of "
        "8 May, a Sunday, the English withdrew."
    )
    values = [(t.text, t.value) for t in annotate(text, dct="2014-05-08", domain="auto")]
    assert ("24 October", "1428-10-24") in values
    assert ("Sunday", "1429-05-08") in values


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_21(text: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
