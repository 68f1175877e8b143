"""A tenth probe of narrative mode: Wikipedia-style histories of wars the dev corpus does not hold
(the Crimean, Boer, Franco-Prussian, Russo-Japanese and Balkan wars, the Falklands, the Gulf War
of 1991, the Six-Day and Yom Kippur wars, the War of 1812, the Seven Years', Thirty Years' and
Hundred Years' wars, the Mexican-American, Peloponnesian and Great Northern wars).

Short histories written the way an encyclopaedia writes them. The dates anchor on the story, not
on the creation date (2009-12-19); values follow ../shared/TIMEX3.md.

The fault it found: a year alone in a remark on the side became the story's year, and every day
without its year after it went with it: a life's span ("General Putnik (1847-1917)"), a birth
("(born 1861)"), a treaty's year ("the Treaty of Berlin of 1878"), a state that lasted ("remained
in service until 1945") and a span of decades ("the largest battle fought in Europe between 1870
and 1914"). A year the story moves to is told as its time: "In 1913", "by 1913", "early 1913". Also: "from
dawn" is the story's dawn; a day "commemorated in Egypt on October 6" is every year's; a morning's
clock time after the story's night ("the night of 1-2 April") is the next day's; years of three
digits in a span in brackets after a name ("The Gothic War (535-554)"), "from 535 until 554", and
a month and such a year before the subject's name ("In March 538 Vitiges abandoned"); "for two
years afterwards" is a length, not a date two years on; a span of years writes its common era
once ("(66-73 CE)"); a history's "the 540s" is a decade of three digits.
"""

from __future__ import annotations

import pytest
from probes import article_tests

from dateline import annotate

DCT = "2009-12-19"

DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "balkan",
        "\n\n".join(
            [
                (
                    "The First Balkan War lasted from October 1912 to May 1913 and pitted the Balkan "
                    "League against the Ottoman Empire."
                ),
                "Course of the war",
                (
                    "Montenegro declared war on 8 October 1912. The other members of the League "
                    "followed nine days later."
                ),
                "Thracian front",
                (
                    "The main Bulgarian army advanced into Eastern Thrace and won a decisive victory "
                    "at Kirk Kilisse on 22-24 October. From 28 October to 2 November the Bulgarians "
                    "fought the Ottomans at Lule Burgas, the largest battle fought in Europe between "
                    "1870 and 1914. The Ottomans withdrew to the Catalca line. A Bulgarian assault on"
                    " the line on 17 November failed. Meanwhile, the besieged fortress of Adrianople "
                    "held out through the winter."
                ),
                "Macedonian front",
                (
                    "The Serbian army defeated the Ottoman Vardar Army at Kumanovo on 23-24 October "
                    "and entered Skopje three days later. In November the Serbs won again at Bitola."
                ),
            ]
        ),
        [
            ("17 November", "DATE", "1912-11-17"),
            ("the winter", "DATE", "1912-WI"),
            ("three days later", "DATE", "1912-10-27"),
            ("November", "DATE", "1912-11"),
        ],
    ),
]

#: Documents auto mode does not read as histories yet.
AUTO_GAPS: dict[str, str] = {}

test_article_values, test_auto_reads_the_article_as_a_history = article_tests(DOCUMENTS, AUTO_GAPS, DCT)


@pytest.mark.parametrize(
    "aside",
    [
        "General Putnik (1847-1917) led the attack.",
        "The general (born 1861) led the attack.",
        "The border had been fixed by the Treaty of Berlin of 1878.",
        "It was the largest battle fought in Europe between 1870 and 1914.",
        "The rifle remained in service until 1945.",
    ],
)
def test_a_year_told_on_the_side_is_no_time_of_the_story(aside: str) -> None:
    text = (
        f"The army crossed the river on 24 October 1912. {aside} On 17 November the army attacked the line."
    )
    values = {timex.text: timex.value for timex in annotate(text, dct=DCT, domain="narrative")}
    assert values["17 November"] == "1912-11-17"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russians attacked at Inkerman on 5 November 1854. The fighting lasted from dawn until early "
            "afternoon.",
            [
                ("5 November 1854", "1854-11-05"),
                ("dawn", "1854-11-05TMO"),
                ("early afternoon", "1854-11-05TAF"),
            ],
        ),
        (
            "The war began on 6 October 1973. The crossing is commemorated in Egypt on October 6.",
            [("6 October 1973", "1973-10-06"), ("October 6", "XXXX-10-06")],
        ),
        (
            "On the night of 1-2 April 1982 Argentine forces landed near Stanley. The governor surrendered "
            "at 09:25 local time. The next day they captured South Georgia.",
            [
                ("the night of 1-2 April 1982", "1982-04-01TNI"),
                ("09:25", "1982-04-02T09:25"),
                ("The next day", "1982-04-03"),
            ],
        ),
    ],
)
def test_dawn_a_day_kept_each_year_and_the_morning_after_a_night(text: str, expected: list) -> None:
    values = [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")]
    assert values == expected


def test_years_of_three_digits_in_a_span_or_before_a_name() -> None:
    text = (
        "The Gothic War (535-554) was fought in Italy. The Goths besieged Rome in 537. In March 538 "
        "Vitiges abandoned the siege. The war lasted from 535 until 554."
    )
    values = [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")]
    assert values == [
        ("535", "0535"),
        ("554", "0554"),
        ("537", "0537"),
        ("March 538", "0538-03"),
        ("535", "0535"),
        ("554", "0554"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed in 1856, and for two years afterwards the alliance held.",
            ("two years", "P2Y"),
        ),
        (
            "The treaty was signed in 1856. For several years afterwards the alliance held.",
            ("several years", "PXY"),
        ),
        (
            "The treaty was signed in 1856, and for a decade afterwards it was in disarray.",
            ("a decade", "P10Y"),
        ),
    ],
)
def test_how_long_afterwards_is_a_length(text: str, expected: tuple[str, str]) -> None:
    timexes = annotate(text, dct=DCT, domain="narrative")
    assert [(timex.text, timex.value) for timex in timexes][-1] == expected


def test_a_span_of_years_writes_its_common_era_once() -> None:
    text = "The Jewish-Roman War (66-73 CE) began under Nero. The Bar Kokhba revolt (132-136 AD) failed."
    values = [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")]
    assert values == [("66", "0066"), ("73 CE", "0073"), ("132", "0132"), ("136 AD", "0136")]


def test_a_decade_of_three_digits_in_a_history() -> None:
    text = "Plague swept the empire in the 540s. The 540s BC were years of war elsewhere."
    values = [(timex.text, timex.value) for timex in annotate(text, dct=DCT, domain="narrative")]
    assert values == [("the 540s", "054"), ("The 540s BC", "BC054")]


def test_a_year_the_story_moves_to_is_its_time() -> None:
    text = "The army crossed the river on 24 October 1912. In 1915 the war resumed. On 17 November it broke."
    values = {timex.text: timex.value for timex in annotate(text, dct=DCT, domain="narrative")}
    assert values["17 November"] == "1915-11-17"
