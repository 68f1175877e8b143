"""Leads of encyclopaedia articles on recent wars that auto mode reads as histories, though they
tell their days by weekdays as a report does: a war named as such that "began on" a day, a war
whose other name is set off by commas after its own ("The Iraq War, known in the United States as
Operation Iraqi Freedom, began on 20 March 2003"), and a crisis that "was a thirteen-day
confrontation". Written for the thirtieth probe; each text was
read as news before the leads were known.
"""

from __future__ import annotations

import pytest
from probes import assert_history_in_auto_mode

from dateline import annotate_document

AFGHAN = (
    "The War in Afghanistan began on 7 October 2001, when the United States and its allies launched "
    "Operation Enduring Freedom. Kabul fell on 13 November. On Friday, 7 December, the Taliban "
    "abandoned Kandahar, and by Sunday the last of their fighters had fled to the mountains."
)
LEBANON = (
    "The 2006 Lebanon War, known in Israel as the Second Lebanon War, was a 34-day military conflict in "
    "Lebanon and northern Israel. On Wednesday, 12 July, Hezbollah fighters crossed the border. On "
    "Thursday Israel bombed the airport, and by Saturday the fighting had spread north."
)
CUBA = (
    "The Cuban Missile Crisis was a thirteen-day confrontation in October 1962 between the United States "
    "and the Soviet Union. On Sunday 14 October, a U-2 aircraft photographed missile sites near San "
    "Cristóbal. The film was analysed on Monday, and on the morning of Tuesday 16 October the photographs "
    "were shown to President Kennedy."
)
IRAQ = (
    "The Iraq War, known in the United States as Operation Iraqi Freedom, began on 20 March 2003. "
    "The first missiles struck on Thursday, 20 March. By Saturday troops were across the border, and "
    "on Wednesday, 9 April, Baghdad fell."
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (AFGHAN, "2011-05-20", {"Sunday": "2001-12-09"}),
        (LEBANON, "2010-08-20", {"Saturday": "2006-07-15"}),
        (IRAQ, "2010-09-05", {"Saturday": "2003-03-22"}),
        (CUBA, "2010-03-14", {"Monday": "1962-10-15"}),
    ],
    ids=["began-on", "known-as-was", "known-as-began-on", "crisis-was-a-confrontation"],
)
def test_an_encyclopaedia_lead_on_a_recent_war_opens_a_history(
    text: str, dct: str, expected: dict[str, str]
) -> None:
    assert_history_in_auto_mode(text, dct, expected)


def test_a_report_on_a_war_that_began_years_ago_stays_news() -> None:
    text = "The war in Syria began in March 2011 and has killed 100,000 people, the UN said on Tuesday."
    assert annotate_document(text, dct="2013-06-12", domain="auto").domain == "news"


# Leads of events of some days and of lives, written for the thirty-fourth probe: an event named by
# its year or by whom it was of, held or struck on a day dated with its year, and a life's years in
# brackets after the name. Each was read as news before.
ELECTION = (
    "The 2004 Kestrian presidential election was held on Sunday, 12 September 2004, to choose the "
    "president of Kestria for a five-year term. The incumbent was declared the winner after a disputed "
    "count. Polls opened on Sunday at 7 a.m., and on Monday the commission announced the result."
)
QUAKE = (
    "The 1936 Carrow Valley earthquake struck the Carrow Valley of central California at 4:47 a.m. "
    "Pacific Standard Time on Tuesday, July 14, 1936. Fires broke out in six places. By Wednesday the "
    "fires were out, and on Thursday the first relief trains arrived."
)
TRIAL = (
    "The trial of Thomas Whitcombe took place at the Old Bailey in London over five days in October "
    "1894. The jury was sworn on Monday, 15 October, and on Friday it returned its verdict."
)
COMPOSER = (
    "Emil Svab (3 December 1862 - 11 July 1925) was a Czech composer and conductor. His first symphony "
    "was performed in Prague on Thursday, 12 February 1891. On Saturday the critics praised it."
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (ELECTION, "2020-01-15", {"Monday": "2004-09-13"}),
        (QUAKE, "2021-07-14", {"Thursday": "1936-07-16"}),
        (TRIAL, "2012-06-05", {"Friday": "1894-10-19"}),
        (COMPOSER, "2013-07-22", {"Saturday": "1891-02-14"}),
    ],
    ids=["election-was-held-on", "earthquake-struck-on", "trial-of-took-place", "life-in-brackets"],
)
def test_an_encyclopaedia_lead_on_an_event_or_a_life_opens_a_history(
    text: str, dct: str, expected: dict[str, str]
) -> None:
    assert_history_in_auto_mode(text, dct, expected)


def test_a_report_of_an_election_held_on_sunday_stays_news() -> None:
    text = (
        "The election was held on Sunday, the first since 2019, and officials said on Monday that "
        "turnout was 61 percent."
    )
    assert annotate_document(text, dct="2024-03-12", domain="auto").domain == "news"
