"""Typography changes nothing that is found: two spaces after a full stop, tabs, no-break
spaces, Windows line ends, indented lines, a byte-order mark, text wrapped at a fixed width and
curly apostrophes read as the same text with single spaces and typewriter apostrophes
(dateline.plain)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import check_invariants, lexicon_texts

import dateline
from dateline.plain import plain_text

DCT = "2025-05-09"
ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")

SENTENCES = [
    "The company said on Tuesday that profit rose in the third quarter.",
    "Xi and Putin held talks on the 8th. Xi arrived the day before for a four-day visit.",
    "The minister, who took office in January, will visit Beijing next week.",
    "Shares fell 3% on Friday night after the report was released at 4:30 p.m. EDT.",
    "The ban was lifted in June, two weeks after the court's ruling on May 15, 2024.",
    "Officials said they expect a decision by the end of the year or early next year.",
    "He has lived in the city for more than four decades, since the late 1970s.",
    "The talks collapsed on Dec. 5, and resumed three days later in Geneva.",
    "The blast occurred at about 10:35 a.m. Friday, less than an hour before the meeting.",
    "Sales rose 5% from a year earlier, the best gain in the past 20 years.",
    "Officials expect a ruling Tuesday, a week after the hearing.",
    "The museum is open every Monday and twice a month on Sunday mornings.",
    "The rate was cut in March 2020 and has not been raised since the spring of 2022.",
]

BLANKS = [
    ("two spaces", lambda text: text.replace(" ", "  ")),
    ("a tab", lambda text: text.replace(" ", "\t")),
    ("no-break spaces", lambda text: text.replace(" ", "\u00a0")),
    ("thin and narrow spaces", lambda text: text.replace(" ", "\u2009").replace(". ", ".\u202f")),
    ("two spaces after a full stop", lambda text: text.replace(". ", ".  ")),
    ("a byte-order mark", lambda text: "\ufeff" + text),
    ("zero-width spaces", lambda text: text.replace(" ", " \u200b")),
    ("trailing blanks", lambda text: text + " \t "),
    ("curly apostrophes", lambda text: text.replace("'", "\u2019")),
]

APOSTROPHES = [
    ("The boom of the '90s ended in '01.", [("the '90s", "DATE", "199"), ("'01", "DATE", "2001")]),
    (
        "The doors will open at 6 o'clock on New Year's Eve.",
        [("6 o'clock on New Year's Eve", "TIME", "2025-12-31T06:00")],
    ),
    (
        "Monday's vote was delayed to next week's session.",
        [("Monday", "DATE", "2025-05-05"), ("next week", "DATE", "2025-W20")],
    ),
    ("Valentine's Day sales were strong.", [("Valentine's Day", "DATE", "2025-02-14")]),
]


def reading(text: str, **options: object) -> list[tuple[str, str, str, str | None]]:
    """What is found, each expression's spacing made single."""
    timexes = dateline.annotate(text, **options)  # type: ignore[arg-type]
    check_invariants(text, timexes)
    return [(_single_spaced(timex.text), timex.type, timex.value, timex.mod) for timex in timexes]


def _lower_cased(found: list[tuple[str, str, str, str | None]]) -> list[tuple[str, str, str, str | None]]:
    return [(text.lower(), *rest) for text, *rest in found]


def _single_spaced(text: str) -> str:
    visible = re.sub("[\u200b\u2060\ufeff]", "", text).replace("\u2019", "'")
    return " ".join(visible.split())


@pytest.mark.parametrize("change", [change for _, change in BLANKS], ids=[name for name, _ in BLANKS])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_blanks_change_nothing_found(sentence: str, change) -> None:
    assert reading(change(sentence), dct=DCT) == reading(sentence, dct=DCT)


@pytest.mark.parametrize("mark", ["\u2019", "\u2018", "\u02bc"])
@pytest.mark.parametrize(("sentence", "expected"), APOSTROPHES)
def test_a_curly_apostrophe_reads_as_a_typewriter_one(sentence: str, expected: list, mark: str) -> None:
    curly = sentence.replace("'", mark)
    assert reading(sentence, dct=DCT) == [(*item, None) for item in expected]
    found = dateline.annotate(curly, dct=DCT)
    assert [(timex.text, timex.type, timex.value) for timex in found] == [
        (text.replace("'", mark), kind, value) for text, kind, value in expected
    ]


@pytest.mark.parametrize("line_end", ["\r\n", "\r", "\n \n", "\n\t\n", " \r\n\r\n "])
def test_line_ends_and_blank_lines_change_nothing_found(line_end: str) -> None:
    assert reading(ARTICLE.replace("\n", line_end)) == reading(ARTICLE)


@pytest.mark.parametrize("width", [40, 56, 64, 72, 100])
def test_an_article_wrapped_at_a_fixed_width_reads_as_it_did_unwrapped(width: int) -> None:
    wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in ARTICLE.split("\n\n"))
    assert wrapped.count("\n") > ARTICLE.count("\n") + 3
    assert reading(wrapped) == reading(ARTICLE)
    assert reading(wrapped, dct=DCT, domain="auto") == reading(ARTICLE, dct=DCT, domain="auto")


@pytest.mark.parametrize("width", [40, 50, 60, 70])
def test_a_tense_read_across_a_wrapped_line(width: int) -> None:
    paragraph = (
        "The king met Saddam earlier in the week and carried a message to the president. The monarch "
        "will meet Bush on Thursday in Kennebunkport, Maine, where the president is on vacation. Crown "
        "Prince Hassan said the talks would cover the embargo and the foreigners held in Iraq."
    )
    found = reading(textwrap.fill(paragraph, width), dct="1990-08-15")
    assert found[-1] == ("Thursday", "DATE", "1990-08-16", None)


def test_wrapped_lines_with_indented_paragraphs() -> None:
    paragraphs = [textwrap.fill(paragraph, 60) for paragraph in ARTICLE.split("\n\n")]
    indented = "\n".join("    " + paragraph for paragraph in paragraphs)
    assert reading(indented) == reading(ARTICLE)


def test_a_wrapped_line_is_joined_but_lines_ended_by_their_writer_are_not() -> None:
    wrapped = textwrap.fill(" ".join(SENTENCES), 64)
    plain = plain_text(wrapped).text
    assert "\n" not in plain and "  " not in plain
    lines = ["Timeline:", "Feb. 13 - Talks open", "March 2 - Talks end", "May 8 - Talks on", "May 9 - Deal"]
    timeline_box = "\n".join(lines)
    assert plain_text(timeline_box).unchanged
    headline = "Talks resume in Geneva\n" + textwrap.fill(" ".join(SENTENCES[:4]), 70)
    assert plain_text(headline).text.startswith("Talks resume in Geneva\n")


def test_an_e_mail_wrapped_at_a_fixed_width_keeps_its_greeting_and_signature_lines() -> None:
    paragraph = (
        "The quarterly review is moved to Thursday, May 15 at 3 p.m. in the main conference room. "
        "Please bring the figures for the first quarter and the forecast for the second half of the "
        "year. If you cannot make it, send your notes to Anna by Wednesday noon."
    )
    signature = "Thanks,\nBob\n--\nBob Smith | Finance Director\nPhone: 555-0100\n"
    mail = "Hi team,\n\n" + textwrap.fill(paragraph, 68) + "\n\n" + signature
    assert plain_text(mail).text == "Hi team,\n\n" + paragraph + "\n\n" + signature


def test_a_word_broken_at_its_hyphen_is_one_word_again() -> None:
    text = "Profit fell in the third-\nquarter, and a four-\r\nday strike followed.\nTalks end -\nmore later."
    assert (
        plain_text(text).text
        == "Profit fell in the third-quarter, and a four-day strike followed.\nTalks end -\nmore later."
    )
    found = dateline.annotate(text, dct=DCT)
    assert [(timex.text, timex.value) for timex in found] == [
        ("third-\nquarter", "2025-Q3"),
        ("four-\r\nday", "P4D"),
    ]


def test_a_table_and_a_list_of_titles_keep_their_lines() -> None:
    table = "\n".join(
        f"{day:<12}{time:<10}{item}"
        for day, time, item in [
            ("Monday", "9:00", "Arrival and registration of the delegations"),
            ("Tuesday", "10:30", "Opening session and the ministers' statements"),
            ("Wednesday", "14:00", "Working groups on trade, energy and transport"),
            ("Thursday", "9:30", "Closing session and the final communique"),
            ("Friday", "11:00", "Press conference of the two foreign ministers"),
        ]
    )
    assert plain_text(table).text.count("\n") == table.count("\n")
    titles = "\n".join(
        [
            "Fed Holds Rates Steady as Inflation Cools Across the Economy",
            "Talks in Geneva Resume After the Collapse of the Last Round",
            "Storm Moves East After Flooding Towns Along the Gulf Coast",
            "Markets Rally as Oil Falls to Its Lowest Level Since March",
            "Lawmakers Pass the Budget Hours Before the Midnight Deadline",
        ]
    )
    # (Their lines kept, their letters re-cased as sentences are: dateline.letter_case.)
    assert plain_text(titles).text.lower() == titles.lower()
    capitals = textwrap.fill(" ".join(SENTENCES[:5]).upper(), 60)
    assert "\n" not in plain_text(capitals).text


def test_spans_are_those_of_the_text_given() -> None:
    text = "It  lasted\tthree \u00a0days,\r\nfrom  May 8  to\u2009May 11."
    found = dateline.annotate(text, dct=DCT)
    assert [(text[timex.start : timex.end], timex.value) for timex in found] == [
        ("three \u00a0days", "P3D"),
        ("May 8", "2025-05-08"),
        ("May 11", "2025-05-11"),
    ]
    assert all(timex.text == text[timex.start : timex.end] for timex in found)


def test_a_dateline_span_is_that_of_the_text_given() -> None:
    text = "\ufeffGENEVA,  May 9, 2025 (dateline example) -  Talks ended yesterday."
    document = dateline.annotate_document(text)
    assert document.dct_source == "dateline" and document.dateline is not None
    start, end = document.dateline
    assert text[start:end] == "May 9, 2025"
    assert document.text == text


def test_a_timeline_reads_the_same_with_any_spacing() -> None:
    def events(text: str) -> list[tuple[str, str, str]]:
        found = dateline.timeline(text)
        return [(" ".join(event.text.split()), event.value, event.relation) for event in found]

    doubled = ARTICLE.replace(" ", "  ").replace("\n", "\r\n")
    assert events(doubled) == events(ARTICLE)
    assert events(doubled)


_SPACED_TEXTS = st.lists(
    st.one_of(
        lexicon_texts(max_tokens=6),
        st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009", "\n", "\r\n", "\n\n", " \n "]),
        st.sampled_from(["\u200b", "\ufeff", "\u2019", "'"]),
    ),
    max_size=12,
).map("".join)


@given(_SPACED_TEXTS)
def test_every_character_kept_is_the_character_it_maps_back_to(text: str) -> None:
    plain = plain_text(text)
    for offset, character in enumerate(plain.text):
        if character not in " \n'":
            # (In the case a text without case evidence is read in: dateline.letter_case.)
            assert text[plain.original_offset(offset)].lower() == character.lower()
    assert not re.search("[\t\r\u00a0\u2009\u200b\ufeff\u2019]|  | \n|\n ", plain.text)
    assert plain_text(plain.text).text == plain.text


@given(_SPACED_TEXTS)
@settings(deadline=None)  # (the first text read builds the rule set's tables: no deadline for it)
def test_any_spacing_reads_as_single_spaces(text: str) -> None:
    single = plain_text(text).text
    # (The plain copy of a text without case evidence is re-cased too, dateline.letter_case: what
    # is found is the same, its letters in the case each text writes them.)
    assert _lower_cased(reading(text, dct=DCT)) == _lower_cased(reading(single, dct=DCT))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("within thirty (30) days", "within thirty days"),
        ("for twenty-four (24) months", "for twenty-four months"),
        ("for one hundred eighty (180) days", "for one hundred eighty days"),
        ("for one hundred and eighty (180) days", "for one hundred and eighty days"),
        ("on the fifteenth (15th) day", "on the fifteenth day"),
        ("a thirty (30)-day period", "a thirty-day period"),
        ("within thirty  (30)  days", "within thirty days"),
    ],
)
def test_a_numeral_restating_the_words_before_it_is_read_as_the_words(text: str, plain: str) -> None:
    made_plain = plain_text(text)
    assert made_plain.text == plain
    assert plain_text(made_plain.text).text == made_plain.text
    # The span of the words and their unit maps back over the bracket.
    begin, end = made_plain.original_span(plain.index(" ") + 1, len(plain))
    assert text[begin:end] == text[text.index(" ") + 1 :].lstrip()


@pytest.mark.parametrize(
    "text",
    [
        "Section three (4) of the Agreement governs.",  # another number: a clause's
        "the fifth (15th) day",  # an ordinal that is not the words'
        "in the year (2020)",
        "Exhibit 10 (10)",  # digits, no words
        "May (5) be waived",
    ],
)
def test_a_bracketed_numeral_that_says_something_else_stays(text: str) -> None:
    assert plain_text(text).text == text


def test_a_byte_order_mark_inside_an_expression_reads_as_none() -> None:
    # (Found by test_any_spacing_reads_as_single_spaces: "'\ufeff10" is the year "'10".)
    text = "\u2019\ufeff10 "
    assert (
        reading(text, dct=DCT) == reading(plain_text(text).text, dct=DCT) == [("'10", "DATE", "2010", None)]
    )


def test_a_word_broken_at_its_hyphen_is_joined_with_blanks_around_the_line_end_too() -> None:
    # (Found by test_every_character_kept_is_the_character_it_maps_back_to: read twice, "a- \n 0"
    # gave "a-\n0", then "a-0".)
    assert plain_text("a- \n 0 ").text == plain_text("a-\n0 ").text == "a-0 "
    assert plain_text("third- \n quarter").text == "third-quarter"


def test_another_language_keeps_its_letter_case() -> None:
    pytest.importorskip("dateparser")
    shouted = "DIE SITZUNG FINDET AM 5. MAI 2025 STATT."
    assert plain_text(shouted, english=False).text == shouted
    found = dateline.annotate(shouted, dct=DCT, lang="de")
    assert [(timex.text, timex.value) for timex in found] == [("5. MAI 2025", "2025-05-05")]


def test_a_title_line_whose_capitals_were_the_only_ones_is_read_as_lower_case_text() -> None:
    # (Found by the property above: re-cased once, the text must come out as it would re-cased twice.)
    once = plain_text("0 The Last Few\na ").text
    assert plain_text(once).text == once
