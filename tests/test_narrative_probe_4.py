"""A fourth probe of narrative mode: the error classes the narrative corpus shows across its
articles, each with passages written the way history books write them.

Extents: a history draws a count as its whole noun phrase, with the "of" phrase after it
("[three weeks of heavy shelling]", "[the third day of the blockade]", "[the first three months of
1857]") and the focus word or approximation before it ("[just eleven days]", "[roughly two years of
preparation]"); news keeps the count alone, as TimeBank draws it (see dateline.noun_phrases).

The dates anchor on the story, not on the creation date (2012-06-01, as an online encyclopaedia
has); values follow ../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_valued

from dateline import annotate

DCT = "2012-06-01"

#: (passage, [(span, type, value), ...]): only the listed expressions are checked.
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # -- a count and the "of" phrase it heads
    (
        "After three weeks of heavy shelling, the garrison hoisted the white flag.",
        [("three weeks of heavy shelling", "DURATION", "P3W")],
    ),
    (
        "The last days of the siege were the hardest for the starving townspeople.",
        [("The last days of the siege", "DURATION", "PXD")],
    ),
    (
        "The bridge was lost within the first hour of the assault.",
        [("the first hour of the assault", "DURATION", "PT1H")],
    ),
    (
        "The fleet sailed on 9 May 1864, the third day of the blockade, and met the enemy at dusk.",
        [("9 May 1864", "DATE", "1864-05-09"), ("the third day of the blockade", "DATE", "1864-05-09")],
    ),
    # A name the phrase ends in goes on after its own "of".
    (
        "Cholera killed more men than the guns during the first months of the Siege of Sevastopol.",
        [("the first months of the Siege of Sevastopol", "DURATION", "PXM")],
    ),
    (
        "The garrison held out for ten bitter months of the Siege of Ladysmith, and the relief came late.",
        [("ten bitter months of the Siege of Ladysmith", "DURATION", "P10M")],
    ),
    # A possessive opens the phrase.
    (
        "The emperor abdicated within a fortnight of Napoleon's defeat.",
        [("a fortnight of Napoleon's defeat", "DURATION", "P2W")],
    ),
    # The phrase ends where the clause goes on: at a name or an article after its noun, a verb in
    # "-ed", an adverb, a preposition other than "in".
    (
        "After four years of war Prussia kept Silesia.",
        [("four years of war", "DURATION", "P4Y")],
    ),
    (
        "The offensive opened on 4 June 1916. A raid on the second day of the offensive successfully cut the "
        "railway.",
        [("the second day of the offensive", "DATE", "1916-06-05")],
    ),
    (
        "After two years of stalemate the army mutinied against its officers.",
        [("two years of stalemate", "DURATION", "P2Y")],
    ),
    (
        "After five days of talks with the envoys, the king signed.",
        [("five days of talks", "DURATION", "P5D")],
    ),
    # Two nouns "and" joins are one phrase when it ends there; not a clause after "and".
    (
        "After two days of rain and mud, the attack stalled.",
        [("two days of rain and mud", "DURATION", "P2D")],
    ),
    (
        "They endured three years of blockade and the city finally starved.",
        [("three years of blockade", "DURATION", "P3Y")],
    ),
    # A place "in" names belongs to the phrase.
    (
        "After six weeks of hard fighting in the mountains, the corps fell back to the river.",
        [("six weeks of hard fighting in the mountains", "DURATION", "P6W")],
    ),
    # A gerund's object ends the phrase at its comma.
    (
        "After nearly a year of chasing Geronimo, the cavalry gave up the pursuit.",
        [("nearly a year of chasing Geronimo", "DURATION", "P1Y")],
    ),
    # A date the phrase names is a part of its extent, and the story still moves to it.
    (
        "During the first three months of 1857 the sepoys grew restless. In May of that year they rose at "
        "Meerut.",
        [("the first three months of 1857", "DURATION", "P3M"), ("May of that year", "DATE", "1857-05")],
    ),
    (
        "During the last two weeks of March 1918 the Germans advanced forty miles. By April the "
        "offensive had stalled.",
        [("the last two weeks of March 1918", "DURATION", "P2W"), ("April", "DATE", "1918-04")],
    ),
    # ... not a date that is the adjective of a noun there.
    (
        "After two years of post-1918 reforms, the army was rebuilt.",
        [("two years", "DURATION", "P2Y"), ("post-1918", "DATE", "1918")],
    ),
    # A "since" phrase after the count is the phrase's too, a date it names included.
    (
        "In the forty years since the last war, the border had been quiet.",
        [("the forty years since the last war", "DURATION", "P40Y")],
    ),
    (
        "The Austrians retreated in July 1809. After six weeks of marching since 4 May the corps was spent.",
        [("six weeks of marching since 4 May", "DURATION", "P6W")],
    ),
    # -- a count from an event the clause names is a date, counted from the story's date, and the
    # event is a part of its phrase
    (
        "The fort fell on 12 April 1861. The arsenal at Liberty was seized eight days after the raid.",
        [("eight days after the raid", "DATE", "1861-04-20")],
    ),
    (
        "The army crossed on 3 May 1809. The bridge burned two days after the army crossed, and the "
        "corps was cut off.",
        [("two days after the army crossed", "DATE", "1809-05-05")],
    ),
    # In apposition to a date, the count restates it.
    (
        "On 3 May 1809, two days after the army crossed, the bridge burned.",
        [("3 May 1809", "DATE", "1809-05-03"), ("two days after the army crossed", "DATE", "1809-05-03")],
    ),
    (
        "The king was crowned on 1 January 1651. On 3 September, exactly a year after the siege, his "
        "army was routed at the ford.",
        [("3 September", "DATE", "1651-09-03"), ("exactly a year after the siege", "DATE", "1651")],
    ),
    # An event the phrase cannot bound, or a length "for" measures, leaves the count a length.
    (
        "The fort fell on 12 April 1861. The army rested for three weeks before the march.",
        [("three weeks", "DURATION", "P3W")],
    ),
    (
        "The fort fell on 12 April 1861. It rained for two days after the battle of the ford.",
        [("two days", "DURATION", "P2D")],
    ),
    # (A pronoun and its verb bound the event as a noun phrase does: "after the raid".)
    (
        "The fort fell on 12 April 1861. The arsenal was seized eight days after he left.",
        [("eight days after he left", "DATE", "1861-04-20")],
    ),
    # -- a focus word or an approximation before a count
    (
        "The war of 1866 was decided in just eleven days.",
        [("just eleven days", "DURATION", "P11D")],
    ),
    (
        "Carthage was rebuilt in 146 BC, and a mere five years later the colonists arrived.",
        [("a mere five years later", "DATE", "BC0141")],
    ),
    (
        "The young sultan got only a few years of schooling at the palace.",
        [("only a few years of schooling", "DURATION", "PXY")],
    ),
    (
        "The fleet sailed in 480 BC, after roughly two years of preparation.",
        [("roughly two years of preparation", "DURATION", "P2Y")],
    ),
    (
        "Each company held the front line for about a week at a time.",
        [("about a week", "DURATION", "P1W")],
    ),
    # -- a length as an adjective, its compound left open
    (
        "The town fell in 1453 after a 7 week long siege.",
        [("1453", "DATE", "1453"), ("7 week long", "DURATION", "P7W")],
    ),
    # -- the early or later part of a period is its start or end
    (
        "The duke won at Blenheim in 1704. Through the early part of the following decade, the allies "
        "quarrelled.",
        [("the early part of the following decade", "DATE", "171")],
    ),
    (
        "The tsar's army was beaten in 1915, but in the later part of 1916 it struck back.",
        [("the later part of 1916", "DATE", "1916")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_valued(annotate(text, dct=DCT, domain="narrative"), expected)


def test_a_date_in_the_phrase_is_no_expression_of_its_own() -> None:
    text = "During the first three months of 1857 the sepoys grew restless."
    assert [timex.text for timex in annotate(text, dct=DCT, domain="narrative")] == [
        "the first three months of 1857"
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("After three weeks of heavy shelling, the garrison surrendered.", ["three weeks"]),
        ("The fleet sailed on 9 May 1864, the third day of the blockade.", ["9 May 1864", "the third day"]),
        (
            "During the first three months of 1857 the sepoys grew restless.",
            ["the first three months", "1857"],
        ),
        ("The war of 1866 was decided in just eleven days.", ["1866", "eleven days"]),
        ("Each company held the line for about a week.", ["a week"]),
        ("After six weeks of marching since 4 May the corps was spent.", ["six weeks", "4 May"]),
        ("The bridge burned two days after the army crossed, and the corps was cut off.", ["two days"]),
    ],
)
def test_news_keeps_the_count_alone(text: str, spans: list[str]) -> None:
    """TimeBank draws the count without its phrase ("after [four days] of talks")."""
    assert [timex.text for timex in annotate(text, dct=DCT, domain="news")] == spans
