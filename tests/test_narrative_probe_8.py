"""An eighth probe of narrative mode: the days of a battle, a siege or a strike counted from the
day the text says it began.

Short histories written the way an encyclopaedia writes them. The dates anchor on the story, not
on the creation date (2009-12-19); values follow ../shared/TIMEX3.md. Each document is read in
narrative and in auto mode.

The faults it found: "the second day of the battle" after "The battle began on 20 September
1854" was the first day, as only a war's days were counted from its start.
"""

from __future__ import annotations

from probes import article_tests

DCT = "2009-12-19"

#: (name, text, [(span, type, value), ...]): the n-th listed span is checked against its n-th
#: occurrence; what the list does not name is not checked.
DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "sevastopol",
        "The allied armies landed in the Crimea in September 1854. The Battle of the Alma began on 20 "
        "September 1854, and on the second day of the battle the Russians withdrew to Sevastopol. The "
        "siege of the city began on 9 October 1854. On the tenth day of the siege the first breach was "
        "made. On 5 November, the twenty-eighth day of the siege, the Russians attacked at Inkerman.",
        [
            ("20 September 1854", "DATE", "1854-09-20"),
            ("the second day of the battle", "DATE", "1854-09-21"),
            ("9 October 1854", "DATE", "1854-10-09"),
            ("the tenth day of the siege", "DATE", "1854-10-18"),
            ("5 November", "DATE", "1854-11-05"),
            ("the twenty-eighth day of the siege", "DATE", "1854-11-05"),
        ],
    ),
]

#: Documents auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(DOCUMENTS, AUTO_GAPS, DCT)
