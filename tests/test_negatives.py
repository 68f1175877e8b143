"""False positives that plague other taggers: each must yield no timex (or not the wrong one)."""

from __future__ import annotations

import pytest

from dateline import annotate

DCT = "2025-05-09"


@pytest.mark.parametrize(
    "text",
    [
        "You may go now if you wish.",  # "may" the verb
        "May I ask a question?",  # "May" the modal at the start of a sentence
        "They march on the capital.",  # "march" the verb
        "The March on Washington drew thousands.",  # "March" the procession
        "She finished in second place.",
        "He won a second term.",  # "second" the ordinal, not a duration
        "The team scored 3-1 in extra play.",  # scores
        "He paid $2000 for the car.",  # money
        "About 2000 people marched.",  # a count, not a year
        "The fall of Rome changed Europe.",  # "fall" the noun
        "He writes for the Sunday Times.",  # a newspaper
        "Upgrade to Windows 2000 now.",  # a product name
        "Call 555-1998 for tickets.",  # a phone number
        "Version 2.1.3 was released.",  # a version number
        "He is 52 years old.",  # an age
        "It costs 12 dollars.",
    ],
)
def test_no_false_positive(text: str) -> None:
    found = [(timex.text, timex.value) for timex in annotate(text, dct=DCT)]
    wrong = [item for item in found if item[0].lower() not in ("now",)]
    assert wrong == [], found


def test_the_right_reading_survives_next_to_a_trap() -> None:
    assert [(t.text, t.value) for t in annotate("In May 2024 you may vote.", dct=DCT)] == [
        ("May 2024", "2024-05")
    ]
    assert [(t.text, t.value) for t in annotate("In the fall of 2024 prices fell.", dct=DCT)] == [
        ("the fall of 2024", "2024-FA")
    ]
