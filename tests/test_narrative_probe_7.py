"""A seventh probe of narrative mode: early-medieval years of three digits, the day a count of
weeks reaches, a count restated by a date at its sentence's end, and "this year" in a quotation.

Short histories written the way an encyclopaedia writes them. The dates anchor on the story, not
on the creation date (2010-05-01); values follow ../shared/TIMEX3.md. Each document is read in
narrative and in auto mode.

The faults it found: a month of a year of three digits ("in October 732", "in November 565") and
such a year before the name of the clause's subject or agent ("In 476 Odoacer deposed ...",
"deposed in 476 by Odoacer") were missed; "a week later" after a day moved the story to the
week, so "That night" after it lost its day ("two weeks later ... The next day" too); a count
restated by a date that ends its sentence ("half a century later, in 146 BC.") kept its own
arithmetic; "this year" in a quotation took the year of the "last year" said before it; and
"That May" opening a sentence before its subject was read as the verb.
"""

from __future__ import annotations

from probes import article_tests

DCT = "2010-05-01"

#: (name, text, [(span, type, value), ...]): the n-th listed span is checked against its n-th
#: occurrence; what the list does not name is not checked.
DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "franks",
        "The Western Roman Empire ended in 476, when the last emperor was deposed. In 476 Odoacer "
        "sent the regalia to Constantinople. The Frankish kingdom grew under Clovis, who was baptised "
        "around 496. The Battle of Tours was fought in October 732, and the Arab advance was halted. "
        "Justinian, in the east, had died in November 565.",
        [
            ("476", "DATE", "0476"),
            ("476", "DATE", "0476"),
            ("October 732", "DATE", "0732-10"),
            ("November 565", "DATE", "0565-11"),
        ],
    ),
    (
        "borodino",
        "Napoleon invaded Russia in June 1812. On 7 September 1812 the armies met at Borodino, and a "
        "week later the French entered Moscow. That night fires broke out across the city. The army "
        "left Moscow on 19 October.",
        [
            ("June 1812", "DATE", "1812-06"),
            ("7 September 1812", "DATE", "1812-09-07"),
            ("a week later", "DATE", "1812-W38"),
            ("That night", "TIME", "1812-09-14TNI"),
            ("19 October", "DATE", "1812-10-19"),
        ],
    ),
    (
        "vienna",
        "The Austrian army was beaten in April 1809. The French crossed the Traun on 3 May 1809. Two "
        "weeks later they reached Vienna. The next day the city surrendered.",
        [
            ("3 May 1809", "DATE", "1809-05-03"),
            ("Two weeks later", "DATE", "1809-W20"),
            ("The next day", "DATE", "1809-05-18"),
        ],
    ),
    (
        "carthage",
        "Rome and Carthage fought three wars between 264 BC and 146 BC. Hannibal crossed the Alps in "
        "218 BC and won at Cannae in 216 BC. He took his own life around 183 BC. Carthage itself was "
        "destroyed half a century later, in 146 BC.",
        [
            ("218 BC", "DATE", "BC0218"),
            ("around 183 BC", "DATE", "BC0183"),
            ("half a century later", "DATE", "BC0146"),
            ("146 BC", "DATE", "BC0146"),
        ],
    ),
    (
        "churchill",
        "Germany invaded Poland on 1 September 1939, and Britain declared war two days later. The "
        "Low Countries were overrun in May 1940 and France fell in June 1940. In a broadcast that month, "
        'Churchill said: "Last year we were not ready, but this year we shall fight on." The Battle of '
        "Britain began in July 1940 and lasted until October.",
        [
            ("June 1940", "DATE", "1940-06"),
            ("Last year", "DATE", "1939"),
            ("this year", "DATE", "1940"),
            ("July 1940", "DATE", "1940-07"),
        ],
    ),
]

DOCUMENTS += [
    (
        "granicus",
        "Philip II was murdered in 336 BC, and Alexander took the throne. In the spring of 334 BC "
        "Alexander crossed the Hellespont into Asia. That May he won at the Granicus. By 330 BC the "
        "Persian empire had fallen. The decade that followed saw his empire divided.",
        [
            ("the spring of 334 BC", "DATE", "BC0334-SP"),
            ("That May", "DATE", "BC0334-05"),
        ],
    ),
]

#: Documents auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(DOCUMENTS, AUTO_GAPS, DCT)
