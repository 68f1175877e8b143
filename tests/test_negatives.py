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
        "It was the year's best film.",  # a possessive names something else than the year
        "She was named Player of the Year.",  # a title
        "the year in which the dam burst",  # a year the clause defines, not the report's
        "Two thousand troops crossed the river.",  # a count, not the year 2000
        "He scored in the last half hour.",  # not a half-year
        "They march first to the square.",  # "march" the verb, not March 1
        # Ranges of bare numbers that are no clock times: amounts, scores, ages.
        "Prices rose from 9 to 5 percent.",
        "The team scored from 9 to 5 in the second half.",
        "Children ages 9 to 5 attended.",
        "The working group shrank from 12 to 8.",
        "Working hours dropped from 9 to 5.",
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


def test_the_year_follows_the_story_in_a_narrative() -> None:
    text = "The offensive stalled in March 1943. Later in the year, the front moved west."
    found = [(t.text, t.value, t.mod) for t in annotate(text, dct=DCT, domain="narrative")]
    assert ("Later in the year", "1943", "END") in found


def test_the_year_ended_is_a_duration_next_to_its_date() -> None:
    found = [(t.text, t.type, t.value) for t in annotate("Net rose for the year ended June 30.", dct=DCT)]
    assert found[0] == ("the year", "DURATION", "P1Y")


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Rooms cost $55 a night at the inn.", "XXXX-XX-XXTNI"),  # a price per night
        ("She hosts a late-night talk show.", "XXXX-XX-XXTNI"),  # part of a compound
        ("The siege went on day and night.", "XXXX-XX-XXTNI"),  # "continuously"
        ("Days after the vote, the count was still open.", "FUTURE_REF"),  # anchored on an event
        ("Weeks before the vote, polls were close.", "PAST_REF"),
    ],
)
def test_anchored_traps(text: str, unwanted: str) -> None:
    assert unwanted not in [timex.value for timex in annotate(text, dct=DCT)]


def test_a_date_moved_from_a_named_date_is_one_expression() -> None:
    found = [(t.text, t.value) for t in annotate("Polls closed two days after Easter 2024.", dct=DCT)]
    assert found == [("two days after Easter 2024", "2024-04-02")]
    # An event is no date to move from: the duration stays on its own.
    found = [(t.text, t.value) for t in annotate("He quit two days after the vote.", dct=DCT)]
    assert found == [("two days", "P2D")]


def test_vague_later_and_earlier_follow_the_story() -> None:
    text = (
        "The port fell on 3 March 1918. A few weeks later the garrison left; its chief had fled days earlier."
    )
    found = [(t.text, t.value) for t in annotate(text, dct=DCT, domain="narrative")]
    assert ("A few weeks later", "FUTURE_REF") in found
    assert ("days earlier", "PAST_REF") in found
    text = "The blockade started on 17 December 1916, nine days before the new year arrived."
    found = [(t.text, t.value) for t in annotate(text, dct=DCT, domain="narrative")]
    assert ("nine days before the new year", "1916-12-23") in found


def test_months_end_follows_the_story_in_a_narrative() -> None:
    text = "The port was shelled on 8 June 1951. By month's end, the harbour had reopened."
    found = [(t.text, t.value, t.mod) for t in annotate(text, dct=DCT, domain="narrative")]
    assert ("month's end", "1951-06", "END") in found
