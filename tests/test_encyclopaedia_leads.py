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
