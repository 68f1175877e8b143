"""An eighth probe of narrative mode: the days of a battle, a siege or a strike counted from the
day the text says it began.

Short histories written the way an encyclopaedia writes them. The dates anchor on the story, not
on the creation date (2009-12-19); values follow ../shared/TIMEX3.md. Each document is read in
narrative and in auto mode.

The faults it found: "the second day of the battle" after "The battle began on 20 September
1854" was the first day, as only a war's days were counted from its start; "On May 22 President
Nasser" lost its date (a title after a day was read as a rank, "the 16th president"); a day named
again after the end of a range ("until 31 May 1902 ... In March 1900 ... on 31 May") took the
range's year, not the story's; a pluperfect's month later in the calendar than the story's ("The
city fell on 3 February 1942. The defenders had landed there on 20 December") and the end of a
range it opens were put after the story; "decided to act, and on 2 April forces landed" took the
infinitive's future; a year that names an event ("the armies of 1914") was counted on from; and
"a decade after ...", "after the outbreak of ..." and "after that" were lengths; "by evening
3,000 men lay dead" and "Rain the night before had soaked" lost their parts of the day; a day
late in the calendar told after an early one ("ended on 25 January 1945. It began on 16
December") went most of a year on; "In August Iraq had invaded" was no flashback; "four days
after the surrender" counted from the latest date, not the surrender's, and "Three weeks into
the offensive" from the latest date, not the offensive's start; "the February Revolution of 1917"
was the story's February; "the early hours of the same day" was a length; "11:00 the next
morning" was two timexes and the clock on the day before.
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

DOCUMENTS += [
    (
        "boer",
        "The war lasted from 11 October 1899 until 31 May 1902. In March 1900 Roberts took "
        "Bloemfontein. He took Johannesburg on 31 May. Pretoria fell five days later.",
        [
            ("31 May 1902", "DATE", "1902-05-31"),
            ("March 1900", "DATE", "1900-03"),
            ("31 May", "DATE", "1900-05-31"),
            ("five days later", "DATE", "1900-06-05"),
        ],
    ),
    (
        "singapore",
        "The city fell on 3 February 1942. The defenders had landed there on 20 December. Its "
        "garrison had been reinforced in November.",
        [
            ("3 February 1942", "DATE", "1942-02-03"),
            ("20 December", "DATE", "1941-12-20"),
            ("November", "DATE", "1941-11"),
        ],
    ),
    (
        "liaoyang",
        "The garrison surrendered on 2 January 1905. Meanwhile the main armies had clashed at "
        "Liaoyang from 24 August to 4 September.",
        [
            ("2 January 1905", "DATE", "1905-01-02"),
            ("24 August", "DATE", "1904-08-24"),
            ("4 September", "DATE", "1904-09-04"),
        ],
    ),
    (
        "falklands",
        "On 19 March 1982 workers raised their flag on South Georgia. The junta decided to act, "
        "and on 2 April forces landed. The islands were taken the next day.",
        [
            ("19 March 1982", "DATE", "1982-03-19"),
            ("2 April", "DATE", "1982-04-02"),
            ("the next day", "DATE", "1982-04-03"),
        ],
    ),
    (
        "six_day_war",
        "In 1967 Egypt moved troops into Sinai. On May 22 President Nasser closed the Straits of "
        "Tiran. The cruiser was hit on 2 June 1967. It sank six days after that.",
        [
            ("1967", "DATE", "1967"),
            ("May 22", "DATE", "1967-05-22"),
            ("six days after that", "DATE", "1967-06-08"),
        ],
    ),
    (
        "portsmouth",
        "The treaty was signed on 5 September 1905. Observers noted that the armies of 1914 repeated "
        "its mistakes. Japan annexed Korea five years after the treaty. Texas had been annexed in "
        "1845, a decade after the Texas Revolution of 1835.",
        [
            ("1914", "DATE", "1914"),
            ("five years after the treaty", "DATE", "1910"),
            ("a decade after the Texas Revolution of 1835", "DATE", "1845"),
        ],
    ),
]

DOCUMENTS += [
    (
        "inkerman",
        "The allies had landed in September 1854. On 5 November 1854 the Russians attacked in fog; "
        "by evening 3,000 men lay dead. Rain the night before had soaked the ground.",
        [
            ("5 November 1854", "DATE", "1854-11-05"),
            ("evening", "TIME", "1854-11-05TEV"),
            ("the night before", "TIME", "1854-11-04TNI"),
        ],
    ),
]

DOCUMENTS += [
    (
        "winter_war",
        "The war began on 30 November 1939. Fighting at Suomussalmi ended on 8 January. On 14 "
        "December the League of Nations had expelled the Soviet Union. The offensive began on 1 "
        "February 1940. Three weeks into the offensive, the Finns asked for terms. The treaty was "
        "signed on 12 March 1940, and hostilities ended at 11:00 the next morning.",
        [
            ("8 January", "DATE", "1940-01-08"),
            ("14 December", "DATE", "1939-12-14"),
            ("Three weeks into the offensive", "DATE", "1940-W08"),
            ("11:00 the next morning", "TIME", "1940-03-13T11:00"),
        ],
    ),
    (
        "ardennes",
        "The battle ended on 25 January 1945. It began on 16 December, when three German armies "
        "attacked. Kuwait was liberated on February 27, 1991. In August Iraq had invaded the emirate. "
        "Georgian forces attacked on the morning of August 8, 2008. Russian units moved through the "
        "Roki Tunnel in the early hours of the same day.",
        [
            ("16 December", "DATE", "1944-12-16"),
            ("August", "DATE", "1990-08"),
            ("the morning of August 8, 2008", "TIME", "2008-08-08TMO"),
            ("the early hours of the same day", "DATE", "2008-08-08"),
        ],
    ),
    (
        "bangladesh",
        "On 16 December 1971 Niazi surrendered in Dhaka. The Simla Agreement was signed on 2 July "
        "1972. Bhutto had become president four days after the surrender. The tsar had fallen in the "
        "February Revolution of 1917.",
        [
            ("four days after the surrender", "DATE", "1971-12-20"),
            ("February", "DATE", "1917-02"),
        ],
    ),
]

#: Documents auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}


test_article_values, test_auto_reads_the_article_as_a_history = article_tests(DOCUMENTS, AUTO_GAPS, DCT)
