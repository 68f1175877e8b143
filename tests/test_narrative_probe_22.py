"""A twenty-second probe of narratives: histories of wars, campaigns and other events, and
biographies (documents written for the probe), and the forms the earlier probes left open.

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories.

Readings these cases pin down:
- The first day a history tells after the range its lead dates the war by is the one nearest to
  that range: a few days before its start ("It was sparked by a telegram published on 13 July",
  after "from 19 July 1870 to 28 January 1871") rather than months after its end, and a few days
  after its end ("On 10 February the garrison marched out", after "from 5 March 1690 to 2 February
  1691") rather than weeks before its start.
- "The decisive year was 1813" moves the story to that year, as "In 1813" does.
- "the evening of D-Day", "the night of Christmas 1944": a part of the feast's day, one TIME.
- A season told right after a flashback's day is the next one after it, when that one still comes
  before the story's time ("had occupied the valley on 20 November 1953. Over the winter ...",
  in a story of March 1954, is the winter of 1953).
- "the worst single day" of a story that stands at a part of a day ("By nightfall") is the day.
- A first round: the first month told after the range a lead dates the war by ("from October
  1899 to May 1900. Baden-Powell arrived in September") is the one just before its start, not
  months after its end; a lead's year that "culminated in the Battle of Trafalgar on 21 October
  1805" stays the story's year, the day its end; a death "the following spring" is the story's
  next step, which "eleven days later" counts from; "the fiscal year 1938" keeps its article;
  "decided to winter there" is a verb; "Midsummer Eve"; "The spring of 1883 had been unusually
  dry" is a flashback, no time the fire's clock times are on; a feast a purpose names ("returning
  home for Christmas") is no time the story is at; "six times a week in summer" is every summer;
  a place "currently open to visitors from June to August" opens every year; "every clear night";
  in auto mode, a history whose "now" and "today" are the historian's, a weekday that restates
  "The next morning" and "the previous Friday" stay a history; a pluperfect's month "early in
  November", told after a winter's December and January, is the November before them; a day the
  story tells inside the war's range ("fell on 7 May", after "24 October" 1428 in a siege to May
  1429) is not one before the war's start; what a flashback's date counts on to ("until the
  following March" after "November 1969"; "Two years later" after "In September 1835 ..., some
  weeks before other observers") is counted from it, a length between or not; the first day told
  after a lead's range that falls in the range a year back is the war's ("began on 15 February
  2011 and ended on 20 October. Protests broke out on the evening of 15 February").

Publication date: DCT.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate, annotate_document

DCT = "2011-03-14"

CASES: list[tuple[str, list[tuple]]] = [
    (
        "The war lasted from 19 July 1870 to 28 January 1871. It was sparked by a telegram published "
        "on 13 July. German armies crossed the frontier in early August. On 4 August they won at "
        "Wissembourg.",
        [
            ("19 July 1870", "DATE", "1870-07-19"),
            ("28 January 1871", "DATE", "1871-01-28"),
            ("13 July", "DATE", "1870-07-13"),
            ("early August", "DATE", "1870-08", "START"),
            ("4 August", "DATE", "1870-08-04"),
        ],
    ),
    (
        "The siege lasted from 5 March 1690 to 2 February 1691. On 10 February the garrison marched "
        "out. In May the town was rebuilt.",
        [
            ("5 March 1690", "DATE", "1690-03-05"),
            ("2 February 1691", "DATE", "1691-02-02"),
            ("10 February", "DATE", "1691-02-10"),
            ("May", "DATE", "1691-05"),
        ],
    ),
    (
        "The French were halted in October 1810. The decisive year was 1813. On 21 June Wellington "
        "won at Vitoria, and by the end of the year his army stood on French soil.",
        [
            ("October 1810", "DATE", "1810-10"),
            ("1813", "DATE", "1813"),
            ("21 June", "DATE", "1813-06-21"),
            ("the end of the year", "DATE", "1813", "END"),
        ],
    ),
    (
        "The Allies landed on 6 June 1944. By the evening of D-Day, 156,000 men were ashore. On the "
        "night of Christmas 1944 the Germans attacked.",
        [
            ("6 June 1944", "DATE", "1944-06-06"),
            ("the evening of D-Day", "TIME", "1944-06-06TEV"),
            ("the night of Christmas 1944", "TIME", "1944-12-25TNI"),
        ],
    ),
    (
        "The battle was fought between 13 March and 7 May 1954. French paratroopers had occupied the "
        "valley on 20 November 1953. Over the winter Giap moved his troops into the hills. The attack "
        "began at 5 p.m. on 13 March.",
        [
            ("13 March", "DATE", "1954-03-13"),
            ("7 May 1954", "DATE", "1954-05-07"),
            ("20 November 1953", "DATE", "1953-11-20"),
            ("the winter", "DATE", "1953-WI"),
            ("5 p.m. on 13 March", "TIME", "1954-03-13T17:00"),
        ],
    ),
    (
        "The battle was fought between 1 July and 18 November 1916. At 7:30 a.m. on 1 July the "
        "infantry went over the top. By nightfall the British had suffered 57,470 casualties, the "
        "worst single day in the army's history.",
        [
            ("1 July", "DATE", "1916-07-01"),
            ("18 November 1916", "DATE", "1916-11-18"),
            ("7:30 a.m. on 1 July", "TIME", "1916-07-01T07:30"),
            ("nightfall", "TIME", "1916-07-01TEV"),
            ("the worst single day", "DATE", "1916-07-01"),
        ],
    ),
    (
        "The siege lasted from October 1899 to May 1900. Baden-Powell arrived in the town in September. "
        "The Boers declared war on 11 October, and two days later they surrounded the town.",
        [
            ("October 1899", "DATE", "1899-10"),
            ("May 1900", "DATE", "1900-05"),
            ("September", "DATE", "1899-09"),
            ("11 October", "DATE", "1899-10-11"),
            ("two days later", "DATE", "1899-10-13"),
        ],
    ),
    (
        "The Trafalgar campaign was a series of fleet manoeuvres during much of 1805. It culminated in "
        "the Battle of Trafalgar on 21 October 1805. Villeneuve slipped out of Toulon on 30 March. "
        "Nelson followed in May.",
        [
            ("1805", "DATE", "1805"),
            ("21 October 1805", "DATE", "1805-10-21"),
            ("30 March", "DATE", "1805-03-30"),
            ("May", "DATE", "1805-05"),
        ],
    ),
    (
        "In the autumn of 1460 he handed the government to his son, and he died the following spring. "
        "He was buried eleven days later.",
        [
            ("the autumn of 1460", "DATE", "1460-FA"),
            ("the following spring", "DATE", "1461-SP"),
            ("eleven days later", "DATE", "1461-XX-XX"),
        ],
    ),
    (
        "Production recovered, and in the fiscal year 1938 the company reported its first profit.",
        [("the fiscal year 1938", "DATE", "1938")],
    ),
    (
        "Freed in the middle of September 1897, the ship returned to the fjord, and the captain decided "
        "to winter there.",
        [("the middle of September 1897", "DATE", "1897-09", "MID")],
    ),
    (
        "The fire broke out on the evening of 23 June 1883, Midsummer Eve. The spring of 1883 had been "
        "unusually dry. The fire began shortly after 9 p.m. in a bakery.",
        [
            ("the evening of 23 June 1883", "TIME", "1883-06-23TEV"),
            ("Midsummer Eve", "DATE", "1883-06-23"),
            ("The spring of 1883", "DATE", "1883-SP"),
            ("9 p.m.", "TIME", "1883-06-23T21:00"),
        ],
    ),
    (
        "On Sunday, 3 December 1911, the ship left Liverpool, most of her passengers returning home "
        "for Christmas. By 11 p.m. the wind had reached force nine. Shortly after 1:30 a.m. the ship "
        "struck the Kish Bank.",
        [
            ("Sunday, 3 December 1911", "DATE", "1911-12-03"),
            ("Christmas", "DATE", "1911-12-25"),
            ("11 p.m.", "TIME", "1911-12-03T23:00"),
            ("1:30 a.m.", "TIME", "1911-12-04T01:30"),
        ],
    ),
    (
        "The ship was launched on 21 March 1898. She sailed between Liverpool and Dublin, making the "
        "crossing six times a week in summer and four times a week in winter.",
        [
            ("21 March 1898", "DATE", "1898-03-21"),
            ("six times a week", "SET", "P1W"),
            ("summer", "DATE", "XXXX-SU"),
            ("four times a week", "SET", "P1W"),
            ("winter", "DATE", "XXXX-WI"),
        ],
    ),
    (
        "She died on 2 August 1954. Her cottage is currently open to visitors from June to August.",
        [
            ("2 August 1954", "DATE", "1954-08-02"),
            ("currently", "DATE", "PRESENT_REF"),
            ("June", "DATE", "XXXX-06"),
            ("August", "DATE", "XXXX-08"),
        ],
    ),
    (
        "The winter of 1854-55 was a disaster. Through December and January thousands of soldiers "
        "died. Florence Nightingale had reached the hospital at Scutari early in November.",
        [
            ("The winter of 1854-55", "DATE", "1854-WI"),
            ("December", "DATE", "1854-12"),
            ("January", "DATE", "1855-01"),
            ("early in November", "DATE", "1854-11", "START"),
        ],
    ),
    (
        "The siege lasted from 12 October 1428 to 8 May 1429. The English captured the Tourelles on "
        "24 October. The Tourelles fell on 7 May.",
        [
            ("12 October 1428", "DATE", "1428-10-12"),
            ("8 May 1429", "DATE", "1429-05-08"),
            ("24 October", "DATE", "1428-10-24"),
            ("7 May", "DATE", "1429-05-07"),
        ],
    ),
    (
        "The uprising overthrew the regime in the spring of 1974. A student strike in November 1969 "
        "was ended only by the closure of the faculties until the following March.",
        [
            ("the spring of 1974", "DATE", "1974-SP"),
            ("November 1969", "DATE", "1969-11"),
            ("the following March", "DATE", "1970-03"),
        ],
    ),
    (
        "The catalogue was published in 1841. In September 1835 Kerner recovered Halley's Comet, some "
        "weeks before most other European observers. Two years later he discovered a comet.",
        [
            ("1841", "DATE", "1841"),
            ("September 1835", "DATE", "1835-09"),
            ("some weeks", "DURATION", "PXW"),
            ("Two years later", "DATE", "1837"),
        ],
    ),
    (
        "The war began on 15 February 2011 and ended on 20 October. Protests broke out in Benghazi on "
        "the evening of 15 February. On 27 February the council was formed.",
        [
            ("15 February 2011", "DATE", "2011-02-15"),
            ("20 October", "DATE", "2011-10-20"),
            ("the evening of 15 February", "TIME", "2011-02-15TEV"),
            ("27 February", "DATE", "2011-02-27"),
        ],
    ),
    (
        "In 1841 he moved to the observatory, where he observed every clear night.",
        [("1841", "DATE", "1841"), ("every clear night", "SET", "XXXX-XX-XXTNI", None, {"quant": "EVERY"})],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "The Alcázar was held from 21 July to 27 September 1936. When the army rose on 18 July, the "
        "garrison was slow to act. Historians now argue that the diversion saved Madrid, which held out "
        "until March 1939. The fortress was rebuilt in the 1940s and today houses the Army Museum.",
        "The Siege of Orléans lasted from 12 October 1428 to 8 May 1429. On 12 February 1429 a French "
        "force was routed. The Tourelles fell on 7 May. The next morning, a Sunday, the English withdrew.",
        "The explosion occurred on 14 May 1907. The pit had been sunk in 1868, and a deputy had recorded "
        "gas the previous Friday. The explosion happened at about 10:40 a.m. The last body was recovered "
        "on 3 June. An inquest opened on 17 May.",
    ],
)
def test_auto_reads_these_histories_as_histories(text: str) -> None:
    """A historian's "now" and "today", a weekday that restates the story's next morning, and a
    weekday counted from the story's day are no signs of news."""
    assert annotate_document(text, dct="2010-12-05", domain="auto").domain == "narrative"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_22(text: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
