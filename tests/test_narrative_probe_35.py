"""A thirty-fifth probe of narrative: war histories from antiquity to the 20th century, histories of
revolutions, sieges and colonial wars, encyclopaedia articles on events of some days, and
biographies of scientists, artists, athletes, politicians and generals (documents written for the
probe).

Passages written the way those texts write them, each with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from run
in narrative mode only.

Readings these cases pin down: a month of a winter the sentence told is that winter's ("Temperatures
that winter fell ... since in late December daylight lasted less than six hours"); "that November"
after an event or a place ("the retreat from Chefchaouen that November", "A referendum that
September"); years a passive's agent names are no time the story moves to ("fed by the failed
harvests of 1846 and 1847"); an event's year a past clause is at moves it, years on ("He returned to
the presidency in the disputed elections of 1948"); a BC story's "July 413" and "the morning of 21
June 217 BC"; "the last day on which a landing was possible" restates its day; a capitalised season
or count in a title is no time ("bought Winter Morning at Ulvik", "her series Twelve Months"), nor a
season of a kind of picture ("her winter landscapes"); no month in '"March, and be counted," she
told a rally', no set in "appeared in a Manchester weekly".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Ingrid Solheim (23 June 1872 – 9 January 1944) was a Norwegian painter and printmaker, "
            "known for her winter landscapes of the Hardanger fjord."
        ),
        "2016-08-20",
        [("23 June 1872", "DATE", "1872-06-23"), ("9 January 1944", "DATE", "1944-01-09")],
    ),
    (
        (
            "Her first exhibition opened on 4 October 1897 at the Blomqvist gallery. The critics "
            'were harsh: one wrote that her colours "march across the canvas like soldiers". Within '
            "a month, however, she had sold eleven of the twenty works on show, and the following "
            "spring the National Gallery bought Winter Morning at Ulvik for 800 kroner."
        ),
        "2016-08-20",
        [
            ("4 October 1897", "DATE", "1897-10-04"),
            ("a month", "DURATION", "P1M"),
            ("the following spring", "DATE", "1898-SP"),
        ],
    ),
    (
        (
            "In the late 1910s she turned to woodcuts, and her series Twelve Months (1919–1921) is "
            "considered her masterpiece."
        ),
        "2016-08-20",
        [("the late 1910s", "DATE", "191", "END"), ("1919", "DATE", "1919"), ("1921", "DATE", "1921")],
    ),
    (
        (
            "In 1924 Primo de Rivera ordered a withdrawal from the interior to a fortified line, and "
            "the retreat from Chefchaouen that November cost Spain thousands more casualties."
        ),
        "2013-01-08",
        [("1924", "DATE", "1924"), ("that November", "DATE", "1924-11")],
    ),
    (
        (
            "The Winter War was a military conflict between the Soviet Union and Finland that began "
            "with a Soviet invasion on 30 November 1939 and ended with the Moscow Peace Treaty on 13 "
            "March 1940. At Suomussalmi, between 7 December and 8 January, Finnish ski troops "
            "destroyed two Soviet divisions. Temperatures that winter fell as low as −40 °C, and "
            "Finnish troops, dressed in white and operating in small units, fought mostly in "
            "darkness, since in late December daylight lasted less than six hours."
        ),
        "2014-11-30",
        [
            ("30 November 1939", "DATE", "1939-11-30"),
            ("13 March 1940", "DATE", "1940-03-13"),
            ("7 December", "DATE", "1939-12-07"),
            ("8 January", "DATE", "1940-01-08"),
            ("that winter", "DATE", "1939-WI"),
            ("late December", "DATE", "1939-12", "END"),
            ("less than six hours", "DURATION", "PT6H", "LESS_THAN"),
        ],
    ),
    (
        (
            "Early in 1848 discontent had been building for years across the Habsburg lands, fed by "
            "the failed harvests of 1846 and 1847 and by rising bread prices. When news of the "
            "revolution in Paris arrived in the first days of March, petitions for reform circulated "
            "in Vienna. On 13 March students and workers crowded into the courtyard of the Lower "
            "Austrian Diet; troops fired on them in the afternoon, killing several."
        ),
        "2009-11-02",
        [
            ("Early in 1848", "DATE", "1848", "START"),
            ("years", "DURATION", "PXY"),
            ("1846", "DATE", "1846"),
            ("1847", "DATE", "1847"),
            ("the first days of March", "DATE", "1848-03", "START"),
            ("13 March", "DATE", "1848-03-13"),
            ("the afternoon", "TIME", "1848-03-13TAF"),
        ],
    ),
    (
        (
            "The constitution barred immediate re-election, and he handed power to his successor on "
            "15 May 1936.\n\nFor the next twelve years Benítez taught at the national university and "
            "edited the Liberal daily El Porvenir. He returned to the presidency in the disputed "
            "elections of 1948 and was sworn in on 2 August, but the army refused to recognize him."
        ),
        "2016-09-05",
        [
            ("15 May 1936", "DATE", "1936-05-15"),
            ("the next twelve years", "DURATION", "P12Y"),
            ("1948", "DATE", "1948"),
            ("2 August", "DATE", "1948-08-02"),
        ],
    ),
    (
        (
            "On the morning of 21 June 217 BC, in thick fog, he ambushed the army of Gaius Flaminius "
            "on the shore of Lake Trasimene. Within three hours some 15,000 Romans had been killed."
        ),
        "2011-03-14",
        [("the morning of 21 June 217 BC", "TIME", "BC0217-06-21TMO"), ("three hours", "DURATION", "PT3H")],
    ),
    (
        (
            "Nicias, ill with a kidney disease, wrote to Athens in the winter of 414 BC asking to be "
            "relieved. Instead, the assembly voted to send a second fleet of 73 ships under "
            "Demosthenes, which arrived in July 413. In August an attack on Epipolae by moonlight "
            "failed in confusion; the Athenians, Thucydides writes, could not tell friend from foe."
        ),
        "2009-06-02",
        [
            ("the winter of 414 BC", "DATE", "BC0414-WI"),
            ("July 413", "DATE", "BC0413-07"),
            ("August", "DATE", "BC0413-08"),
        ],
    ),
    (
        (
            "After the surrender of the Sixth Army at Stalingrad on 2 February 1943, the Red Army "
            "advanced westwards until Field Marshal Erich von Manstein's counterstroke retook "
            "Kharkov on 15 March. When the spring thaw, the rasputitsa, brought operations to a halt "
            "in late March, the front line bulged some 150 miles into the German positions around "
            "Kursk."
        ),
        "2011-07-05",
        [
            ("2 February 1943", "DATE", "1943-02-02"),
            ("15 March", "DATE", "1943-03-15"),
            ("spring", "DATE", "1943-SP"),
            ("late March", "DATE", "1943-03", "END"),
        ],
    ),
    (
        (
            "Chaika 4 was a crewed spaceflight launched from Baikonur on 11 April 1979 and ended by "
            "an emergency landing five days later. The backup engine was fired at 18:47 on 16 April, "
            "the last day on which a landing in Kazakhstan was possible, and burned for 188 seconds, "
            "longer than planned."
        ),
        "2012-04-12",
        [
            ("11 April 1979", "DATE", "1979-04-11"),
            ("five days later", "DATE", "1979-04-16"),
            ("18:47 on 16 April", "TIME", "1979-04-16T18:47"),
            ("the last day", "DATE", "1979-04-16"),
            ("188 seconds", "DURATION", "PT188S"),
        ],
    ),
    (
        (
            "The KKE boycotted the elections of 31 March 1946; the night before, a band of "
            "communists attacked the police station at Litochoro, an act usually taken as the start "
            "of the war. A referendum that September restored King George II."
        ),
        "2009-05-20",
        [
            ("31 March 1946", "DATE", "1946-03-31"),
            ("the night before", "TIME", "1946-03-30TNI"),
            ("that September", "DATE", "1946-09"),
        ],
    ),
    (
        (
            'She joined the Women\'s Social and Political Union in 1907. "March, and be counted," she '
            "told a rally in Hyde Park on 21 June 1908."
        ),
        "2009-10-05",
        [("1907", "DATE", "1907"), ("21 June 1908", "DATE", "1908-06-21")],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        "She was 19 years old when her first story appeared in a Manchester weekly.",
        "2009-10-05",
        [("19 years old", "DURATION", "P19Y")],
    ),
    (
        "Water was so short that each man received less than a pint a day.",
        "2014-04-04",
        [("a day", "DURATION", "P1D")],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_35(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_35_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
