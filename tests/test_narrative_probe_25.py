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
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_25(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


def test_a_phrase_of_a_count_stops_before_its_sentence_verb() -> None:
    # (Narrative only: one sentence alone is read as news in auto mode, which keeps the count.)
    text = "Estimates of deaths during the thirty months of war range widely."
    timexes = annotate(text, dct="2011-01-09", domain="narrative")
    assert_found(timexes, [("the thirty months of war", "DURATION", "P30M")])
