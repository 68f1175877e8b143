"""A twenty-fifth probe of narratives: Wikipedia-style histories of wars from the ancient world to
the 20th century (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case runs
with ``domain="narrative"`` and with ``domain="auto"`` (which reads each as a history).

Readings these cases pin down:
- "he had about 700 prisoners executed" is a causative, told in the story's year, not a
  pluperfect that takes it back.
- "the spring" after a November keeps the November's year (as WikiWars writes it), but the story
  goes on from the November: "the end of March" after it is the next year's.
- "before sunrise on the morning of 8 July" is that day's sunrise; "at Christmas that year" is one
  date.
- "the thirty months of war range widely" ends its phrase at "war"; "until about 3 a.m." and
  "shortly after 8 a.m." after "around 6 p.m. on 25 December" are the next day's; "In the six
  weeks after its passage" is a length, not a date six weeks on.
- "Elections are now planned for June" at a history's end is the writer's June to come; a span
  of seasons ("during the autumn and winter of 1941") starts the story at its first season, so
  "30 September" after it is 1941's.
- A later round: a month a plan or a hope looked to ("hoped to influence the election in
  November") is no time the story has reached, and a day the story's line would put after the
  end of a war dated as a range, while the story is inside it, is one of the war; "the first day
  of the war" is the first day of the range it "was fought between"; "has since celebrated 16
  December as Victory Day" keeps Bangladesh's day; "the Vietnamese lunar new year" is the feast;
  'the "Mud March"' is a name; "early on Sunday, 5 November" keeps "early"; a pluperfect aside
  ("Dost Mohammad, whom they had deposed in 1839, returned the following year") is no flashback
  the count goes on from; "three weeks of bombardment three breaches" ends at its noun, and
  "five assaults over a month" are spread across it.
- A fifth round: "A few weeks after the fleet reached Sicily he was recalled" counts from the
  event, though no comma closes it; "By 207 Cao Cao controlled", "by 214 had taken" are years.

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "Richard captured Cyprus in May 1191. On 20 August he had about 700 prisoners executed, and two "
        "weeks later he defeated Saladin at Arsuf. Twice in the following year the crusaders advanced "
        "towards Jerusalem.",
        "2011-04-12",
        [
            ("May 1191", "DATE", "1191-05"),
            ("20 August", "DATE", "1191-08-20"),
            ("two weeks later", "DATE", "1191-W36"),
            ("the following year", "DATE", "1192"),
        ],
    ),
    (
        "In November 1630 imperial troops began to blockade the city. Count Tilly arrived in the spring "
        "and took charge of the siege at the end of March. On 20 May the besiegers stormed the walls.",
        "2011-11-05",
        [
            ("November 1630", "DATE", "1630-11"),
            ("the spring", "DATE", "1630-SP"),
            ("the end of March", "DATE", "1631-03", "END"),
            ("20 May", "DATE", "1631-05-20"),
        ],
    ),
    (
        "Charles was wounded on 17 June 1709. The Swedes attacked before sunrise on the morning of 8 July.",
        "2010-12-08",
        [
            ("17 June 1709", "DATE", "1709-06-17"),
            ("sunrise", "TIME", "1709-07-08TMO"),
            ("the morning of 8 July", "TIME", "1709-07-08TMO"),
        ],
    ),
    (
        "York was appointed Protector in March 1454. When Henry recovered at Christmas that year, York "
        "was dismissed.",
        "2010-02-17",
        [("March 1454", "DATE", "1454-03"), ("Christmas that year", "DATE", "1454-12-25")],
    ),
    (
        "The crossing began around 6 p.m. on 25 December 1776. The army did not finish landing until "
        "about 3 a.m. The attack began shortly after 8 a.m.",
        "2009-12-26",
        [
            ("around 6 p.m. on 25 December 1776", "TIME", "1776-12-25T18:00", "APPROX"),
            ("about 3 a.m.", "TIME", "1776-12-26T03:00", "APPROX"),
            ("8 a.m.", "TIME", "1776-12-26T08:00"),
        ],
    ),
    (
        "The law was passed on 10 June 1794. In the six weeks after its passage, some 1,300 people were "
        "executed.",
        "2011-08-09",
        [("10 June 1794", "DATE", "1794-06-10"), ("the six weeks", "DURATION", "P6W")],
    ),
    (
        "The war ended in 2011. Elections are now planned for June.",
        "2012-05-11",
        [("2011", "DATE", "2011"), ("now", "DATE", "PRESENT_REF"), ("June", "DATE", "2012-06")],
    ),
    (
        "Operation Typhoon was the German offensive against Moscow during the autumn and winter of 1941. "
        "It followed Operation Barbarossa, which had begun on 22 June 1941. By mid-August Army Group "
        "Centre had reached Smolensk. The attack opened on 30 September; the main assault followed on 2 "
        "October. On 15 October the government ordered the evacuation, and panic broke out the next "
        "morning.",
        "2010-07-06",
        [
            ("the autumn", "DATE", "1941-FA"),
            ("winter of 1941", "DATE", "1941-WI"),
            ("22 June 1941", "DATE", "1941-06-22"),
            ("mid-August", "DATE", "1941-08", "MID"),
            ("30 September", "DATE", "1941-09-30"),
            ("2 October", "DATE", "1941-10-02"),
            ("15 October", "DATE", "1941-10-15"),
            ("the next morning", "TIME", "1941-10-16TMO"),
        ],
    ),
    (
        "The offensive lasted from 30 March to 22 October 1972. Hanoi hoped to influence the election in "
        "November. The first blow fell on 30 March. A week later, on 5 April, An Loc was besieged.",
        "2011-05-30",
        [
            ("30 March", "DATE", "1972-03-30"),
            ("22 October 1972", "DATE", "1972-10-22"),
            ("November", "DATE", "1972-11"),
            ("30 March", "DATE", "1972-03-30"),
            ("A week later", "DATE", "1972-W14"),
            ("5 April", "DATE", "1972-04-05"),
        ],
    ),
    (
        "The Six-Day War was fought between 5 and 10 June 1967. By 8 June they had reached the canal. "
        "Jordan opened fire on the first day of the war.",
        "2010-02-27",
        [
            ("Six-Day", "DURATION", "P6D"),
            ("5", "DATE", "1967-06-05"),
            ("10 June 1967", "DATE", "1967-06-10"),
            ("8 June", "DATE", "1967-06-08"),
            ("the first day of the war", "DATE", "1967-06-05"),
        ],
    ),
    (
        "The army surrendered on 16 December 1971. Bangladesh has since celebrated 16 December as "
        "Victory Day.",
        "2011-08-23",
        [
            ("16 December 1971", "DATE", "1971-12-16"),
            ("16 December", "DATE", "XXXX-12-16"),
            ("Victory Day", "DATE", "XXXX-12-16"),
        ],
    ),
    (
        'In January 1863 the "Mud March" collapsed in heavy rain.',
        "2011-06-22",
        [("January 1863", "DATE", "1863-01")],
    ),
    (
        "In October 1854 the siege began. The attack came early on Sunday, 5 November.",
        "2009-09-30",
        [("October 1854", "DATE", "1854-10"), ("early on Sunday, 5 November", "DATE", "1854-11-05", "START")],
    ),
    (
        "The fleet sailed in 415 BC. A few weeks after the fleet reached Sicily he was recalled.",
        "2010-01-01",
        [("415 BC", "DATE", "BC0415"), ("A few weeks after the fleet reached Sicily", "DATE", "BCXXXX-WXX")],
    ),
    (
        "Cao Cao won at Guandu in 200. By 207 Cao Cao controlled northern China. Liu Bei by 214 had "
        "taken Yi Province.",
        "2010-01-01",
        [("200", "DATE", "0200"), ("207", "DATE", "0207"), ("214", "DATE", "0214")],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_25(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


#: Passages a history writes that are too short for auto mode to read as one (it reads them as
#: news): narrative mode only.
NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        "The offensive began on 30 January 1968, the first day of the Tet holiday, the Vietnamese lunar "
        "new year.",
        "2010-06-02",
        [
            ("30 January 1968", "DATE", "1968-01-30"),
            ("the first day of the Tet holiday", "DATE", "1968-01-30"),
            ("lunar new year", "DATE", "1968-01-30"),
        ],
    ),
    (
        "In 1842 the British left Kabul. Dost Mohammad, whom they had deposed in 1839, returned the "
        "following year.",
        "2010-02-14",
        [("1842", "DATE", "1842"), ("1839", "DATE", "1839"), ("the following year", "DATE", "1843")],
    ),
    (
        "After three weeks of bombardment three breaches had been made. Five assaults over a month "
        "achieved nothing.",
        "2011-01-08",
        [("three weeks of bombardment", "DURATION", "P3W"), ("a month", "DURATION", "P1M")],
    ),
    (
        "Estimates of deaths during the thirty months of war range widely.",
        "2011-01-09",
        [("the thirty months of war", "DURATION", "P30M")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_25_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
