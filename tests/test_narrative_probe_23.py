"""A twenty-third probe of narratives: Wikipedia-style histories of wars, and of revolutions,
coups and reigns (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case runs
with ``domain="narrative"`` and with ``domain="auto"`` (which reads each as a history).

Readings these cases pin down:
- A history of a recent war that tells its months through its seasons ("in early April ...
  Through the summer and early autumn ... In October ... on 7 November") is a history, in auto
  mode too.
- The first month told after a lead's range that ends just before the range starts is the
  run-up to it ("lasted from March 1848 to November 1849. News reached Vienna at the end of
  February"), not a month a year into it.
- A flashback's day the story's year dates is what the next count goes on from ("had defeated
  Philip on 26 August. Nine days later"; "had been dismissed on 28 June ... earlier that month").
- A year a relative clause recalls is not the year of the main clause's next date ("who had been
  dismissed in 1909, and appointed him prime minister on 1 November"); nor is a season a
  comparison names ("worse than Stalingrad in the winter of 1942-43") or one a participle after a
  preposition's noun dates ("organised by a group of officers formed in the summer of 1973").
- "On 2 December the 18-year-old" is a day and an age; "On 13 May 1958, the day the Assembly was
  to vote, crowds stormed the building" is the story's day, which "That evening" and "midnight"
  are on.
- An encyclopaedia's article on a war ("The 2006 Lebanon War was a 34-day military conflict ...")
  is a history in auto mode too, however recent its years.
- A second round: "at 11 a.m. Leningrad time the following day" is that day's clock; ", but years
  of taking small doses" is a length; "his remaining years", "his remaining eight years".

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate, annotate_document

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The battle was fought in November and December 2004. The city had been in insurgent hands since "
        "the spring. After the killing of four contractors on 31 March 2004, Marines attacked the city "
        "in early April. Through the summer and early autumn, insurgents fortified the city.\nIn October "
        "most of the civilians left. A state of emergency was declared on 7 November, and that evening "
        "Marines seized the hospital. By 13 November the attackers had reached the southern edge, and on "
        "16 November the command declared the fighting over.",
        "2011-01-25",
        [
            ("November", "DATE", "2004-11"),
            ("December 2004", "DATE", "2004-12"),
            ("the spring", "DATE", "2004-SP"),
            ("31 March 2004", "DATE", "2004-03-31"),
            ("early April", "DATE", "2004-04", "START"),
            ("the summer", "DATE", "2004-SU"),
            ("early autumn", "DATE", "2004-FA", "START"),
            ("October", "DATE", "2004-10"),
            ("7 November", "DATE", "2004-11-07"),
            ("that evening", "TIME", "2004-11-07TEV"),
            ("13 November", "DATE", "2004-11-13"),
            ("16 November", "DATE", "2004-11-16"),
        ],
    ),
    (
        "The revolution lasted from March 1848 to November 1849. News reached Vienna at the end of "
        "February. On 13 March crowds gathered outside the Diet.",
        "2009-03-14",
        [
            ("March 1848", "DATE", "1848-03"),
            ("November 1849", "DATE", "1849-11"),
            ("the end of February", "DATE", "1848-02", "END"),
            ("13 March", "DATE", "1848-03-13"),
        ],
    ),
    (
        "The rising began on 10 October 1911. The court recalled Yuan Shikai, who had been dismissed in "
        "1909, and appointed him prime minister on 1 November.",
        "2009-10-10",
        [
            ("10 October 1911", "DATE", "1911-10-10"),
            ("1909", "DATE", "1909"),
            ("1 November", "DATE", "1911-11-01"),
        ],
    ),
    (
        "The siege began on 4 September 1346. Edward had defeated Philip on 26 August. Nine days later "
        "his army reached Calais.",
        "2010-03-14",
        [
            ("4 September 1346", "DATE", "1346-09-04"),
            ("26 August", "DATE", "1346-08-26"),
            ("Nine days later", "DATE", "1346-09-04"),
        ],
    ),
    (
        "The offensive ended in mid-August 1944. The defeat was worse than Stalingrad in the winter of "
        "1942-43. Busch had been dismissed on 28 June. The operation received less attention than the "
        "Normandy landings earlier that month.",
        "2010-09-21",
        [
            ("mid-August 1944", "DATE", "1944-08", "MID"),
            ("the winter of 1942-43", "DATE", "1942-WI"),
            ("28 June", "DATE", "1944-06-28"),
            ("earlier that month", "DATE", "1944-06"),
        ],
    ),
    (
        "The coup took place in Lisbon on 25 April 1974. It was organised by a group of officers formed "
        "in the summer of 1973. A first attempt, launched on 16 March, failed.",
        "2011-04-25",
        [
            ("25 April 1974", "DATE", "1974-04-25"),
            ("the summer of 1973", "DATE", "1973-SU"),
            ("16 March", "DATE", "1974-03-16"),
        ],
    ),
    (
        "The revolution began in March 1848. On 2 December the 18-year-old Franz Joseph succeeded his "
        "uncle, who abdicated that morning.",
        "2009-03-14",
        [
            ("March 1848", "DATE", "1848-03"),
            ("2 December", "DATE", "1848-12-02"),
            ("that morning", "TIME", "1848-12-02TMO"),
        ],
    ),
    (
        "On 13 May 1958, the day the Assembly was to vote, crowds stormed the building. That evening "
        "Massu announced a committee. He was invested shortly after midnight.",
        "2010-07-22",
        [
            ("13 May 1958", "DATE", "1958-05-13"),
            ("That evening", "TIME", "1958-05-13TEV"),
            ("midnight", "TIME", "1958-05-13T24:00"),
        ],
    ),
    (
        "The treaty was signed in Moscow on 12 March 1940. The fighting stopped at 11 a.m. Leningrad "
        "time the following day.",
        "2010-11-11",
        [
            ("12 March 1940", "DATE", "1940-03-12"),
            ("11 a.m.", "TIME", "1940-03-13T11:00"),
            ("the following day", "DATE", "1940-03-13"),
        ],
    ),
    (
        "He tried to poison himself in 63 BC, but years of taking small doses had made him immune.",
        "2010-01-01",
        [("63 BC", "DATE", "BC0063"), ("years of taking small doses", "DURATION", "PXY")],
    ),
    (
        "Scipio retired to his estate in 184 BC and spent his remaining years there. His brother spent "
        "his remaining eight years in Rome.",
        "2010-01-01",
        [
            ("184 BC", "DATE", "BC0184"),
            ("remaining years", "DURATION", "PXY"),
            ("remaining eight years", "DURATION", "P8Y"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_23(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


LEBANON = (
    "The 2006 Lebanon War was a 34-day military conflict in Lebanon and northern Israel. It began on 12 "
    "July 2006, when Hezbollah fighters fired rockets at Israeli border towns, and ended when a ceasefire "
    "took effect on 14 August. Israel imposed an air and naval blockade on 13 July. On 30 July an air "
    "strike hit a building in Qana. The UN Security Council approved Resolution 1701 on 11 August. A "
    "government inquiry into the war published its final report in January 2008, and a memorial was "
    "unveiled in 2009."
)


def test_an_encyclopaedia_article_on_a_recent_war_is_a_history_in_auto_mode() -> None:
    document = annotate_document(LEBANON, dct="2009-09-10", domain="auto")
    assert document.domain == "narrative"
    assert [(t.text, t.value) for t in document.timexes][3:7] == [
        ("14 August", "2006-08-14"),
        ("13 July", "2006-07-13"),
        ("30 July", "2006-07-30"),
        ("11 August", "2006-08-11"),
    ]
