"""A thirty-fourth probe of narrative: war histories from antiquity to the 20th century, encyclopaedia
articles on events of some days (a trial, an election, an earthquake, a coup, a strike, a siege, a
shipwreck), and biographies of scientists, composers, explorers, athletes, monarchs and politicians
(documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from run
in narrative mode only.

Readings these cases pin down: a pluperfect dates a month after "at" ("by February ... Florence
Nightingale had arrived at Scutari at the start of November" is the November before) and the second
of two years ("had sworn to support his claim during a visit in 1064 or 1065. In the spring ..." is
the spring of the story's year); "later the same year"; "composing in the mornings before
rehearsals", "in the evenings after dinner" (every day's); "one day a week of college instruction"
(a set); no length in "a night typesetter", a rate's period in "four of them a week"; "the first
fortnight", "the entire fortnight"; "St Martin's Day 1532"; no morning in "The Morning Chronicle".
Auto mode reads an encyclopaedia's lead of an event held or struck on a dated day ("The 2004
Kestrian presidential election was held on Sunday, 12 September 2004", "The 1936 Carrow Valley
earthquake struck ... at 4:47 a.m. ... on Tuesday, July 14, 1936") and a life's lead with its years
in brackets ("Emil Svab (3 December 1862 - 11 July 1925) was a Czech composer") as a history's.
Rounds six and seven: "Brahe had left that very morning". Round eight: a lead's war that "began on
19 July 1870, when France declared war on Prussia, and ended with the Treaty of Frankfurt on 10 May
1871" goes on from its start ("On 4 August" is 1870's); "in the war's final months".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The Pryce Report on industrial training, published in March 1969, recommended that "
            "every apprentice receive one day a week of college instruction, a proposal that may "
            "have been his most lasting achievement."
        ),
        "2008-11-05",
        [("March 1969", "DATE", "1969-03"), ("one day a week", "SET", "P1W")],
    ),
    (
        (
            "He stood down at the February 1974 election after 29 years in the Commons and was "
            "created a life peer later the same year."
        ),
        "2008-11-05",
        [
            ("February 1974", "DATE", "1974-02"),
            ("29 years", "DURATION", "P29Y"),
            ("later the same year", "DATE", "1974"),
        ],
    ),
    (
        (
            "For most of the 1880s he earned his living as a viola player in the orchestra of the "
            "Provisional Theatre, composing in the mornings before rehearsals."
        ),
        "2013-07-22",
        [("the 1880s", "DATE", "188"), ("mornings", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        (
            "During the winter of 1854–55 the allied troops suffered terribly from cold, cholera and "
            "shortages; by February more British soldiers were in hospital than fit for duty. "
            "Florence Nightingale had arrived at Scutari at the start of November, and the hospital "
            "death rate fell sharply the following spring."
        ),
        "2014-01-28",
        [
            ("the winter of 1854–55", "DATE", "1854-WI"),
            ("February", "DATE", "1855-02"),
            ("the start of November", "DATE", "1854-11", "START"),
            ("the following spring", "DATE", "1855-SP"),
        ],
    ),
    (
        (
            "Edward the Confessor died on 5 January 1066 without a direct heir, and Harold "
            "Godwinson, the most powerful earl in the kingdom, was crowned the following day in "
            "Westminster Abbey. William claimed that Edward had promised him the throne around 1051, "
            "and that Harold had sworn to support his claim during a visit to Normandy in 1064 or "
            "1065.\n\nIn the spring, William assembled a fleet of some 700 ships at the mouth of the "
            "Dives."
        ),
        "2015-10-14",
        [
            ("5 January 1066", "DATE", "1066-01-05"),
            ("the following day", "DATE", "1066-01-06"),
            ("around 1051", "DATE", "1051", "APPROX"),
            ("1064", "DATE", "1064"),
            ("1065", "DATE", "1065"),
            ("the spring", "DATE", "1066-SP"),
        ],
    ),
    (
        (
            "He filed a patent on 17 March 1828, but the press was not a commercial success until "
            "The Morning Chronicle ordered three machines in the autumn of 1831."
        ),
        "2011-09-20",
        [("17 March 1828", "DATE", "1828-03-17"), ("the autumn of 1831", "DATE", "1831-FA")],
    ),
    (
        (
            "Sibylla was born at Ravensholm Castle on St Martin's Day 1532. Her mother died when she "
            "was three, and she was raised by her aunt, the Dowager Countess of Lenz."
        ),
        "2014-11-05",
        [("St Martin's Day 1532", "DATE", "1532-11-11")],
    ),
    (
        (
            "She won the French Championships in 1954 and 1955 and a second Wimbledon title in 1957, "
            "when she did not drop a set in the entire fortnight."
        ),
        "2018-02-11",
        [
            ("1954", "DATE", "1954"),
            ("1955", "DATE", "1955"),
            ("1957", "DATE", "1957"),
            ("the entire fortnight", "DURATION", "P2W"),
        ],
    ),
    (
        (
            "In the spring of 1643 the Duke of Orsenna, who had sided with France, reinforced it "
            "with artillery from Genoa, and by midsummer its commander, Count Ettore Malaspina, had "
            "laid in supplies for four months.\n\nSiege\nThe Imperial army under General von Haltern "
            "arrived before the walls on 19 October. For the first fortnight it did little but dig "
            "trenches, and on the night of 2–3 November the garrison made a sortie that destroyed "
            "two batteries."
        ),
        "2011-06-20",
        [
            ("the spring of 1643", "DATE", "1643-SP"),
            ("midsummer", "DATE", "1643-SU", "MID"),
            ("four months", "DURATION", "P4M"),
            ("19 October", "DATE", "1643-10-19"),
            ("the first fortnight", "DURATION", "P2W"),
            ("the night of 2–3 November", "TIME", "1643-11-02TNI"),
        ],
    ),
    (
        (
            "The four men reached the mangrove swamps near the Gulf in early February 1861, but "
            "could not get through to the open sea. The return journey was a struggle against the "
            "wet season. Gray died on 17 April; the survivors stopped for a day to bury him, a delay "
            "that proved fatal. When Burke, Wills and King finally staggered back into the depot on "
            "the evening of 21 April, they found it deserted: Brahe, having waited more than four "
            "months, had left that very morning."
        ),
        "2012-11-20",
        [
            ("early February 1861", "DATE", "1861-02", "START"),
            ("17 April", "DATE", "1861-04-17"),
            ("a day", "DURATION", "P1D"),
            ("the evening of 21 April", "TIME", "1861-04-21TEV"),
            ("more than four months", "DURATION", "P4M", "MORE_THAN"),
            ("that very morning", "TIME", "1861-04-21TMO"),
        ],
    ),
    (
        (
            "The Franco-Prussian War began on 19 July 1870, when France declared war on Prussia, and "
            "ended with the Treaty of Frankfurt on 10 May 1871. Napoleon III had hoped for a short "
            "campaign, but the French mobilisation was slow, and within three weeks German armies "
            "had crossed the frontier.\n\nOn 4 August the Crown Prince of Prussia defeated a French "
            "division at Wissembourg, and two days later won a bloody victory at Wörth."
        ),
        "2010-07-19",
        [
            ("19 July 1870", "DATE", "1870-07-19"),
            ("10 May 1871", "DATE", "1871-05-10"),
            ("three weeks", "DURATION", "P3W"),
            ("4 August", "DATE", "1870-08-04"),
            ("two days later", "DATE", "1870-08-06"),
        ],
    ),
    (
        (
            "They were picked up on 30 August 1900. In 1907 the expedition was better prepared. They "
            "set out on 11 April."
        ),
        "2012-01-01",
        [
            ("30 August 1900", "DATE", "1900-08-30"),
            ("1907", "DATE", "1907"),
            ("11 April", "DATE", "1907-04-11"),
        ],
    ),
    (
        "He was made a peer in March 1974 and was created a life peer later the same year.",
        "2010-11-08",
        [("March 1974", "DATE", "1974-03"), ("later the same year", "DATE", "1974")],
    ),
    (
        "In 1911 he read in the evenings after dinner.",
        "2010-11-08",
        [("1911", "DATE", "1911"), ("evenings", "SET", "XXXX-XX-XXTEV")],
    ),
    (
        (
            "In February 1855 more British soldiers were in hospital than fit for duty. Florence "
            "Nightingale had arrived at Scutari at the start of November."
        ),
        "2014-01-28",
        [("February 1855", "DATE", "1855-02"), ("the start of November", "DATE", "1854-11", "START")],
    ),
    (
        (
            "The Franco-Prussian War began on 19 July 1870, when France declared war on Prussia, and "
            "ended with the Treaty of Frankfurt on 10 May 1871.\n\nOn 4 August the Germans attacked "
            "Wissembourg."
        ),
        "2012-01-01",
        [
            ("19 July 1870", "DATE", "1870-07-19"),
            ("10 May 1871", "DATE", "1871-05-10"),
            ("4 August", "DATE", "1870-08-04"),
        ],
    ),
    (
        "Guerrillas were active in the war's final months.",
        "2012-01-01",
        [("final months", "DURATION", "PXM")],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "He worked as a night typesetter for a printing firm in Montparnasse, and the 21 "
            "canvases he completed between 1941 and 1944 are regarded today as his most personal."
        ),
        "2010-09-02",
        [("1941", "DATE", "1941"), ("1944", "DATE", "1944"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Under his direction the theatre gave some 120 performances a season, and he conducted "
            "as many as four of them a week."
        ),
        "2013-07-22",
        [("a week", "DURATION", "P1W")],
    ),
    (
        (
            "The expedition, financed by the colonial government with a grant of £2,500, left "
            "Geraldton on Monday, 3 March 1856, with seven men, 26 horses and provisions for five "
            "months. For the first fortnight the party followed the Murchison River inland, making "
            "about 20 miles a day."
        ),
        "2009-07-14",
        [
            ("Monday, 3 March 1856", "DATE", "1856-03-03"),
            ("five months", "DURATION", "P5M"),
            ("the first fortnight", "DURATION", "P2W"),
            ("a day", "DURATION", "P1D"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_34(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_34_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
