"""Financial reports: which period "the quarter", "a year earlier" and "the year-ago period" are about.

Expected values follow how earnings reports are written: a report published in early November
is about the third quarter (or a fiscal quarter it names in the past tense) and compares it with
the same quarter a year before; after nine-month (or full-year) figures the comparison is with
the year before. Forecasts ("deficits well into the third quarter of next year") are not what the
figures are for.
"""

from __future__ import annotations

import pytest

from dateline import annotate

DCT = "2025-11-02"


def value_of(text: str, span: str, dct: str | None = DCT, domain: str = "news") -> str | None:
    """The value of the last timex whose text is ``span``."""
    found = [timex.value for timex in annotate(text, dct=dct, domain=domain) if timex.text == span]
    return found[-1] if found else None


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # The quarter reported on, a year before.
        (
            "Net rose in the third quarter to $9 million from $7 million a year earlier.",
            "a year earlier",
            "2024-Q3",
        ),
        # A forecast of the current quarter is passed over...
        (
            "Net rose in the third quarter. It expects a fourth-quarter charge. Sales fell from a year ago.",
            "a year ago",
            "2024-Q3",
        ),
        # ...and so is one of a quarter next year, even with its year stated.
        (
            "Net fell in the third quarter. Deficits may persist into the third quarter of 2026. "
            "In the year-ago quarter, it earned $2 million.",
            "the year-ago quarter",
            "2024-Q3",
        ),
        # A fiscal quarter reported on (past tense) is the reported quarter, though still running
        # on the calendar.
        (
            "The brewer reported a 38% drop in fourth-quarter profit, to $51 million from $82 million "
            "a year earlier.",
            "a year earlier",
            "2024-Q4",
        ),
        # After nine-month figures, a year.
        (
            "Net rose in the third quarter. For the nine months, profit grew to $30 million from $25 "
            "million a year earlier.",
            "a year earlier",
            "2024",
        ),
        (
            "Net rose in the third quarter, and over the first nine months profit reached $118 million, "
            "against a deficit of $64 million in the 2024 period.",
            "the 2024 period",
            "2024",
        ),
        # The year before is a year in question; an older year is an aside.
        (
            "Net rose in the third quarter. Last year losses were small, and the year-earlier "
            "results were restated.",
            "year-earlier",
            "2024",
        ),
        (
            "Net rose in the third quarter. The chain, founded in 2019, said revenue grew 4% from a "
            "year earlier.",
            "a year earlier",
            "2024-Q3",
        ),
        # "the quarter" stays the reported quarter after nine-month figures.
        (
            "Net rose in the third quarter. For the nine months, profit grew 5%. In the quarter, sales rose.",
            "the quarter",
            "2025-Q3",
        ),
        # An earlier quarter named after the reported one is compared with, not reported on.
        (
            "Net rose in the third quarter. After a weak second quarter, margins grew. Freight "
            "costs fell below those of a year ago.",
            "a year ago",
            "2024-Q3",
        ),
        # A fiscal quarter named after a calendar one is another report's quarter.
        (
            "Bethlehem posted third-quarter profit of $47 million. National posted net for the "
            "fiscal second quarter of $9 million. The latest period included gains.",
            "The latest period",
            "2025-Q2",
        ),
        # "last year" compared with a quarter's figure is that quarter a year before...
        (
            "The unit lost $17 million in the latest quarter, compared with $29 million last year.",
            "last year",
            "2024-Q3",
        ),
        # ...and with a year's figure, the year.
        (
            "For the year ended June 30, profit was $4.1 million, down from $6.3 million last year.",
            "last year",
            "2024",
        ),
    ],
)
def test_financial_period(text: str, span: str, expected: str) -> None:
    assert value_of(text, span) == expected


def test_compared_year_is_a_reference_point() -> None:
    """ "the year before" after "$210 million last year" is the year before that year."""
    text = "Ticket sales fell to $210 million last year, after $380 million the year before."
    assert value_of(text, "the year before") == "2023"


def test_without_a_quarter_a_year_earlier_is_a_year() -> None:
    assert value_of("Prices rose 3% from a year earlier.", "a year earlier") == "2024"


def test_narrative_year_earlier_follows_the_story() -> None:
    text = "The invasion began in March 2003. The plan had been drawn up over a year earlier."
    assert value_of(text, "over a year earlier", dct="2009-05-01", domain="narrative") == "2002"


def test_without_dct_the_year_is_unknown() -> None:
    text = "Net rose in the third quarter, and for the nine months profit grew from a year ago."
    assert value_of(text, "a year ago", dct=None) == "XXXX"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # One fiscal year written with both calendar years: the year it ends in, which names it.
        ("The agency overspent in fiscal 2009-10.", [("fiscal 2009-10", "2010")]),
        ("Margins narrowed in FY2013/14.", [("FY2013/14", "2014")]),
        # A season of a league is no fiscal year: a range of two years, its ends apart, whether
        # written with a dash or a slash (as "in 1915-17").
        ("He scored 30 goals in the 2012-13 season.", [("2012", "2012"), ("13", "2013")]),
        ("He scored 30 goals in the 2012/13 season.", [("2012", "2012"), ("13", "2013")]),
    ],
)
def test_year_written_with_the_next(text: str, found: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct=DCT)] == found
