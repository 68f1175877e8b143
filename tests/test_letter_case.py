"""Letter case changes nothing that is found where it carries no evidence: a sentence reads the
same in normal case, in ALL CAPS and as a Title-Case headline, and a whole text the same in
capitals or in lower case (dateline.letter_case). Where case is the evidence, the words around a
word decide in capitals: "IN MAY" is the month, "THEY MAY GO" the verb."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.letter_case import restore_case, sentence_case

DCT = "2025-05-09"  # a Friday
ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")

# Each sentence in normal case, as a Title-Case headline, and what it holds (text in lower case,
# type, value, mod), written from TIMEX3.md against the DCT: the tense of the clause picks the
# weekday and the month (a vote that "will" happen on Tuesday is the coming one; one that
# happened, the past one).
SENTENCES = [
    (
        "The council will vote on Tuesday.",
        "The Council Will Vote On Tuesday",
        [("tuesday", "DATE", "2025-05-13", None)],
    ),
    (
        "The council voted on Tuesday.",
        "The Council Voted On Tuesday",
        [("tuesday", "DATE", "2025-05-06", None)],
    ),
    (
        "The Fed will raise rates in March.",
        "Fed Will Raise Rates In March",
        [("march", "DATE", "2026-03", None)],
    ),
    (
        "Talks are to resume next week.",
        "Talks Are To Resume Next Week",
        [("next week", "DATE", "2025-W20", None)],
    ),
    (
        "The museum opens daily and the report comes out annually.",
        "Museum Opens Daily And Report Comes Out Annually",
        [("daily", "SET", "P1D", None), ("annually", "SET", "P1Y", None)],
    ),
    (
        "Markets were closed on Good Friday.",
        "Markets Were Closed On Good Friday",
        [("good friday", "DATE", "2025-04-18", None)],
    ),
    (
        "The deadline is 5 p.m. EDT on Monday.",
        "The Deadline Is 5 p.m. EDT On Monday",
        [("5 p.m. edt on monday", "TIME", "2025-05-12T17:00-04:00", None)],
    ),
    ("They met last May.", "They Met Last May", [("last may", "DATE", "2024-05", None)]),
    (
        "The strike began on May 1 and ended in mid-March.",
        "The Strike Began On May 1 And Ended In Mid-March",
        [("may 1", "DATE", "2025-05-01", None), ("mid-march", "DATE", "2025-03", "MID")],
    ),
    (
        "Prices rose from April to May 2024.",
        "Prices Rose From April To May 2024",
        [("april", "DATE", "2024-04", None), ("may 2024", "DATE", "2024-05", None)],
    ),
    ("The fleet sailed on 31 May.", "The Fleet Sailed On 31 May", [("31 may", "DATE", "2024-05-31", None)]),
    (
        "Polls will close at 8 p.m. on Election Day.",
        "Polls Will Close At 8 p.m. On Election Day",
        [("8 p.m. on election day", "TIME", "2025-11-04T20:00", None)],
    ),
]

# In capitals, no case evidence: "May" and "March" are the months only where the words around
# them say so. None of these holds a date: the modal ("may go", "may attend", "may help", "May
# I"), the verb or the procession ("march on", "March for Our Lives" opens its sentence with no
# preposition, day or year by it), a surname in a headline (its words all capitalised), and
# "SEC" (the agency, not seconds); a holiday or a season that names an island or a palace.
NO_DATE = [
    "THEY MAY GO HOME.",
    "MARCH FOR OUR LIVES DREW CROWDS.",
    "THE TROOPS WILL MARCH ON THE CAPITAL.",
    "AT LEAST 5 MAY ATTEND.",
    "THIS MAY HELP.",
    "MAY I ASK A QUESTION?",
    "THE FIRST OF MAY BE HARD TO JUDGE.",
    "YOU MAY FIRST WANT TO ASK.",
    "Theresa May Visits Berlin",
    "THEY MARCH FIRST TO THE SQUARE.",
    "FLIGHTS TO CHRISTMAS ISLAND WERE CANCELLED.",  # a holiday or a season before a name's noun
    "THE TROOPS LOOTED THE SUMMER PALACE.",
    "ACCORDING TO A RECENT SEC FILING, THE STAKE GREW.",
    "the bill may pass. officials said so.",
]


def reading(text: str) -> list[tuple[str, str, str, str | None]]:
    timexes = dateline.annotate(text, dct=DCT)
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text  # spans are the caller's text
    return [(timex.text.lower(), timex.type, timex.value, timex.mod) for timex in timexes]


@pytest.mark.parametrize(("sentence", "headline", "expected"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_normal_capitals_and_title_case_read_alike(
    sentence: str, headline: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert reading(sentence) == expected
    assert reading(sentence.upper()) == expected
    assert reading(headline) == expected
    assert reading(headline.upper()) == expected


@pytest.mark.parametrize("sentence", [s[0] for s in SENTENCES])
def test_a_text_in_lower_case_reads_as_in_normal_case(sentence: str) -> None:
    # (Two sentences that open in lower case: a writer who writes no capitals.)
    text = f"{sentence} nothing else was said."
    assert reading(text.lower()) == reading(text)


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date_without_the_words_that_make_one(text: str) -> None:
    assert reading(text) == []


def test_a_headline_in_capitals_inside_a_normal_text() -> None:
    text = "Markets\nFED TO RAISE RATES IN MAY, OFFICIALS SAY\nThe central bank met on Tuesday."
    assert reading(text) == [("may", "DATE", "2025-05", None), ("tuesday", "DATE", "2025-05-06", None)]


@pytest.mark.parametrize(
    ("text", "normal", "expected"),
    [
        ("Last Week", "last week", [("last week", "DATE", "2025-W18", None)]),
        ("The Previous Day", "the previous day", [("the previous day", "DATE", "2025-05-08", None)]),
        ("Open On Sundays", "Open on Sundays", [("sundays", "SET", "XXXX-WXX-7", None)]),
        (
            "Dentist Fri 5/16 At 2:30pm",
            "Dentist Fri 5/16 at 2:30pm",
            [("fri 5/16 at 2:30pm", "TIME", "2025-05-16T14:30", None)],
        ),
    ],
)
def test_short_title_case_texts(text: str, normal: str, expected: list[tuple[str, ...]]) -> None:
    assert reading(text) == expected == reading(normal)


def test_a_title_case_headline_inside_a_normal_text() -> None:
    text = "Talks To Resume Next Week\nThe envoys met on Tuesday."
    assert reading(text) == [("next week", "DATE", "2025-W20", None), ("tuesday", "DATE", "2025-05-06", None)]


def test_the_example_article_in_capitals_and_in_lower_case() -> None:
    normal = [
        (timex.start, timex.text.lower(), timex.type, timex.value, timex.mod)
        for timex in dateline.annotate(ARTICLE, dct=DCT)
    ]
    for changed in (ARTICLE.upper(), ARTICLE.lower()):
        timexes = dateline.annotate(changed, dct=DCT)
        assert [(t.start, t.text.lower(), t.type, t.value, t.mod) for t in timexes] == normal


def test_the_article_without_its_dct_reads_its_dateline_in_capitals() -> None:
    assert dateline.annotate_document(ARTICLE.upper()).dct == dateline.annotate_document(ARTICLE).dct


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        ("THE VOTE IS ON TUESDAY, MARCH 5.", "The vote is on Tuesday, March 5."),
        (
            "IN MAY, DAILY TALKS ON GOOD FRIDAY ENDED AT 4 P.M. EDT.",
            "In May, daily talks on Good Friday ended at 4 p.m. EDT.",
        ),
        (
            "THEY PLAN TO MARCH ON 5 MAY. IT WAS POSTPONED TO MAY.",
            "They plan to march on 5 May. It was postponed to May.",
        ),
        ("SHE MAY VISIT THE U.S. IN Q3 OF FY2025.", "She may visit the U.S. in Q3 of FY2025."),
        ("(FEBRUARY-MARCH 1794) AND MID-MAY", "(February-March 1794) and mid-May"),
        ("AT 5:34 AM BAGHDAD TIME ON NEW YEAR'S EVE", "At 5:34 am Baghdad time on New Year's Eve"),
        ("AUTUMN 1918THE ALLIED OFFENSIVE. IN THE 1990S", "Autumn 1918The allied offensive. In the 1990s"),
        ("WASHINGTON, MAY 8 (AP) -- HE SAID I'M DONE.", "WASHINGTON, May 8 (ap) -- he said I'm done."),
        # Codes with digits keep their letters, a number's ending is in lower case.
        ("AT 2024-03-05T14:30Z, NOT 09-MAR-98", "At 2024-03-05T14:30Z, not 09-Mar-98"),
        ("IN 2H 2023, 2H 30M, 3W AGO, THE 5TH, 4PM", "In 2H 2023, 2h 30m, 3w ago, the 5th, 4pm"),
        ("MAY HE REST. THE WINTER WAR. BY EOD.", "May he rest. The Winter War. By EOD."),
    ],
)
def test_sentence_case(text: str, recased: str) -> None:
    assert sentence_case(text) == recased
    assert len(recased) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fed holds rates steady as inflation cools.",
        "Yorktown and the Surrender of Cornwallis",  # a heading of names: its capitals are theirs
        "NEW YORK (AP) _ Stocks rose on Monday.",
        "UNITED NATIONS (AP) _\nThe council met on Monday.",  # a place and an agency, not a headline
        "may 8, 2025",  # a phrase in lower case may be a piece of a sentence
        "a victory day for the team",
    ],
)
def test_text_with_case_evidence_is_read_as_written(text: str) -> None:
    assert restore_case(text) is text
