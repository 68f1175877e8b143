"""A fourteenth probe of narrative mode: Wikipedia-style histories of the Wars of the Roses, the
Anglo-Zulu, Paraguayan, Pacific, Winter, Biafran, Soviet-Afghan, Chaco, Peloponnesian, First Opium
and 1812 wars and the Taiping Rebellion.

What it found and these cases pin down: a relative clause in the pluperfect that the sentence's
own verb closes, without commas ("Troops who had crossed the river surrendered on 18 September"),
is no flashback: the day is the story's; "That same afternoon" is the afternoon of the story's
day; "the middle of the year 1411" is that year's middle, not the story's year; "the new century"
of a story at a century's end is the next one. A fifteenth probe (Franco-Prussian, Mexican-
American, Russo-Turkish, Philippine, Haitian, Greek, Irish, Polish-Soviet, Arab-Israeli, Indo-
Pakistani and Rhodesian wars and the Jacobite rising): a day a people keeps, told in the present,
is that day of every year ("Palestinians commemorate the Nakba on 15 May"); "He arrived that
September" is the story's September; a law's year ("the Government of Ireland Act 1920") and a
bound set by an earlier day ("the positions held before 5 August 1965") move no story; "had
himself crowned in October" is no flashback, "had been recalled in the autumn" is; "1 January is
celebrated in Haiti as Independence Day" gives the holiday that day; "By the evening of the 18th
Bazaine had been driven back". A sixteenth, of eight long histories with sections (the Seven
Years', Napoleonic, Crimean, Franco-Prussian, Russo-Japanese, Second Boer, Spanish Civil and
Falklands wars): a history's own "next year", told in its present or future, is the writer's;
the next event of a time told off the story's line, in its sentence ("Meanwhile ... Clive had
retaken Calcutta in January, and on 23 June he won at Plassey"), is in that time's year; a month
told in the pluperfect after a year's end ("By the end of 1761 ... had resigned in October") is
in that year. A seventeenth (the Gallic Wars to the Bosnian War): a story "early in" a year is at
its first months, so its midwinter is the one the year began in and its spring that year's.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # A relative clause in the pluperfect that the sentence's own verb closes (no commas) is no flashback.
    (
        "The fleet was destroyed on 11 June 1865. Troops who had crossed the river surrendered on 18 "
        "September.",
        [("11 June 1865", "DATE", "1865-06-11"), ("18 September", "DATE", "1865-09-18")],
    ),
    (
        "The fleet was destroyed on 11 June 1865. Troops who had already crossed the river in September "
        "were cut off.",
        [("11 June 1865", "DATE", "1865-06-11"), ("September", "DATE", "1864-09")],
    ),
    # "That same afternoon" is the afternoon of the story's day.
    (
        "The army reached the river on 3 May 1471. That same afternoon the bridge fell. That same evening "
        "the king fled.",
        [
            ("3 May 1471", "DATE", "1471-05-03"),
            ("That same afternoon", "TIME", "1471-05-03TAF"),
            ("That same evening", "TIME", "1471-05-03TEV"),
        ],
    ),
    # "the middle of the year 1411" is that year's middle.
    (
        "In the middle of the year 1411 the king fell ill.",
        [("the middle of the year 1411", "DATE", "1411", "MID")],
    ),
    # "the new century" of a story at its end is the next one.
    (
        "By 1897 the railway reached the coast. In the new century it was extended north.",
        [("1897", "DATE", "1897"), ("the new century", "DATE", "19")],
    ),
    # A day a people keeps, told in the present, is every year's; a plan to keep it is one year's.
    (
        "In 1949 Israel signed the armistice. Palestinians commemorate the Nakba on 15 May.",
        [("1949", "DATE", "1949"), ("15 May", "DATE", "XXXX-05-15")],
    ),
    (
        "In 1949 the parties met. They agreed to celebrate the accord on 15 May.",
        [("1949", "DATE", "1949"), ("15 May", "DATE", "1949-05-15")],
    ),
    # "that September" after a verb of moving or meeting is the month of the story's year.
    (
        "Wolfe reached Quebec in 1759. He arrived that June with 9,000 men.",
        [("1759", "DATE", "1759"), ("that June", "DATE", "1759-06")],
    ),
    # A law's year and a bound set by an earlier day move no story.
    (
        "The talks began in May 1921. Meanwhile the Government of Ireland Act 1920 came into force, and a "
        "parliament was opened on 22 June.",
        [("May 1921", "DATE", "1921-05"), ("1920", "DATE", "1920"), ("22 June", "DATE", "1921-06-22")],
    ),
    (
        "In January 1966 the leaders met at Tashkent. On 10 January they agreed to withdraw to the "
        "positions held before 5 August 1965. Shastri died the next morning.",
        [
            ("January 1966", "DATE", "1966-01"),
            ("10 January", "DATE", "1966-01-10"),
            ("5 August 1965", "DATE", "1965-08-05"),
            ("the next morning", "TIME", "1966-01-11TMO"),
        ],
    ),
    # "had himself crowned" is a causative, no flashback; a season told in the pluperfect is told back as a
    # month is.
    (
        "On 1 January 1804 independence was proclaimed. He had himself crowned emperor in October.",
        [("1 January 1804", "DATE", "1804-01-01"), ("October", "DATE", "1804-10")],
    ),
    (
        "The treaty was signed on 2 February 1848. Trist had been recalled in the autumn.",
        [("2 February 1848", "DATE", "1848-02-02"), ("the autumn", "DATE", "1847-FA")],
    ),
    (
        "The treaty was signed on 2 February 1848. In the autumn the army withdrew.",
        [("2 February 1848", "DATE", "1848-02-02"), ("the autumn", "DATE", "1848-FA")],
    ),
    # A day kept in a country as a holiday, and the holiday it is kept as.
    (
        "In 1804 Haiti became independent. Today 1 January is celebrated in Haiti as Independence Day.",
        [
            ("1804", "DATE", "1804"),
            ("Today", "DATE", "PRESENT_REF"),
            ("1 January", "DATE", "XXXX-01-01"),
            ("Independence Day", "DATE", "XXXX-01-01"),
        ],
    ),
    # The part of a day of the story's month, before the clause's subject.
    (
        "Assaults on 14 and 18 August 1870 failed. By the evening of the 18th Bazaine had been driven back.",
        [
            ("14", "DATE", "1870-08-14"),
            ("18 August 1870", "DATE", "1870-08-18"),
            ("the evening of the 18th", "TIME", "1870-08-18TEV"),
        ],
    ),
    # A history's own next year, told in its present or future; the story's, in what it reports.
    (
        "The war broke out in 1914. Next year will mark the centenary.",
        [("1914", "DATE", "1914"), ("Next year", "DATE", "2010")],
    ),
    (
        "In 1915 the general said the army would attack next year.",
        [("1915", "DATE", "1915"), ("next year", "DATE", "1916")],
    ),
    # The next event of a time told off the story's line, in its sentence, is in its year.
    (
        "He won at Leuthen on 5 December 1757. Meanwhile, in India, Clive had retaken Calcutta in "
        "January, and on 23 June he won at Plassey.",
        [
            ("5 December 1757", "DATE", "1757-12-05"),
            ("January", "DATE", "1757-01"),
            ("23 June", "DATE", "1757-06-23"),
        ],
    ),
    # A month told in the pluperfect after a year's end is in that year.
    (
        "By the end of 1761 Spain had joined the war. Pitt had resigned in October.",
        [("the end of 1761", "DATE", "1761", "END"), ("October", "DATE", "1761-10")],
    ),
    (
        "The city fell on 3 February 1942. The defenders had landed there on 20 December.",
        [("3 February 1942", "DATE", "1942-02-03"), ("20 December", "DATE", "1941-12-20")],
    ),
    # The story early (or late) in a year is at its first (last) months: its winter and spring count from
    # there.
    (
        "Early in 1850 the rebels rose. The army crossed the mountains in midwinter. It was repulsed in "
        "the spring, but that summer it won.",
        [
            ("Early in 1850", "DATE", "1850", "START"),
            ("midwinter", "DATE", "1849-WI", "MID"),
            ("the spring", "DATE", "1850-SP"),
            ("that summer", "DATE", "1850-SU"),
        ],
    ),
    (
        "Late in 1850 the rebels rose. In March the army crossed the mountains.",
        [("Late in 1850", "DATE", "1850", "END"), ("March", "DATE", "1851-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_12(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
