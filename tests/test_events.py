"""Events and timelines: triggers, relations, intervals, ordering, printing and the CLI command.

The expected values are written from how newspapers date events, all against the fixed test DCT
(Friday 2025-05-09) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dateline import annotate
from dateline.cli import main
from dateline.events import Event, format_timeline, timeline

#: The sibling folder with the shared examples (computed as tests/conftest.py does).
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
XI_PUTIN = SHARED / "examples" / "xi-putin-moscow.txt"
XI_PUTIN_GOLD = SHARED / "examples" / "xi-putin-moscow.gold.json"

DCT = "2025-05-09"


def _day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _summary(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(event.text, event.value, event.relation) for event in events]


# --------------------------------------------------------------------------------------------
# The acceptance example: every gold event of the Xi-Putin article is on the timeline.


@pytest.mark.skipif(not XI_PUTIN_GOLD.is_file(), reason="../shared/examples is not present")
def test_xi_putin_timeline_has_every_gold_event() -> None:
    gold = json.loads(XI_PUTIN_GOLD.read_text(encoding="utf-8"))
    text = XI_PUTIN.read_text(encoding="utf-8")
    events = timeline(text, dct=gold["dct"])
    for expected in gold["events"]:
        words = [word.lower() for word in expected["trigger_any"]]
        matches = [
            event
            for event in events
            if event.value == expected["value"] and any(word in event.text.lower() for word in words)
        ]
        assert matches, f"{expected['note']!r} ({expected['value']}) not in {_summary(events)}"


@pytest.mark.skipif(not XI_PUTIN.is_file(), reason="../shared/examples is not present")
def test_xi_putin_state_visit_spans_four_days_from_the_day_before() -> None:
    events = timeline(XI_PUTIN.read_text(encoding="utf-8"), dct=DCT)
    visit = next(event for event in events if "visit" in event.text)
    assert visit.text == "state visit"
    assert visit.value == "2025-05-07"
    assert visit.relation == "BEGINS"
    # [start, end): four whole days, the 7th to the 10th inclusive
    assert visit.interval == (_day("2025-05-07"), _day("2025-05-11"))
    assert visit.timex.text == "the day before"


# --------------------------------------------------------------------------------------------
# Examples: one event each, (trigger, value, relation).

EXAMPLES = [
    # past and future pairs: the same verb, dated back or forward by the tense
    ("The central bank cut interest rates on Tuesday.", ("cut", "2025-05-06", "ON")),
    ("The central bank will cut interest rates next month.", ("cut", "2025-06", "ON")),
    ("Xi and Putin held talks on the 8th.", ("held talks", "2025-05-08", "ON")),
    ("Xi and Putin are scheduled to meet again in September.", ("meet", "2025-09", "ON")),
    ("The minister resigned two days ago.", ("resigned", "2025-05-07", "ON")),
    ("The president will visit Japan next month.", ("visit", "2025-06", "ON")),
    # relations read from the preposition
    ("Fighting has continued since January.", ("Fighting", "2025-01", "BEGINS")),
    ("The ceasefire will hold until May 20.", ("ceasefire", "2025-05-20", "ENDS")),
    ("Lawmakers must approve the budget by June 30.", ("approve", "2025-06-30", "BEFORE")),
    ("Officials want the deal signed before July 4.", ("signed", "2025-07-04", "BEFORE")),
    ("The ban will be lifted after June 1.", ("lifted", "2025-06-01", "AFTER")),
    ("Prices fell throughout 2023.", ("fell", "2023", "DURING")),
    # compound and phrasal triggers
    ("The two leaders held a video conference in January.", ("held a video conference", "2025-01", "ON")),
    ("Biden and Xi spoke in a phone call on Tuesday.", ("phone call", "2025-05-06", "ON")),
    ("Putin will pay a state visit to China in September.", ("pay a state visit", "2025-09", "ON")),
    ("The U.S. and China signed a trade deal in January.", ("signed a trade deal", "2025-01", "ON")),
    # support verbs give way to their event-noun subject; aspectual ones set the relation
    ("The election was held on March 2.", ("election", "2025-03-02", "ON")),
    ("Talks resumed on Monday.", ("Talks", "2025-05-05", "BEGINS")),
    ("The two-week strike ended on May 2.", ("strike", "2025-05-02", "ENDS")),
    # an event word that only modifies the next noun gives way to the verb ("the spending bill")
    ("The Senate passed the spending bill late Friday.", ("passed", "2025-05-09", "ON")),
    # figures "show" a period's change: the verb of the date's own clause, not the one before ", and"
    (
        "Exports fell, and the figures for the first quarter show little change.",
        ("show", "2025-Q1", "ON"),
    ),
    # a fronted date dates the verb that follows it
    ("On Tuesday, the parliament voted to approve the budget.", ("voted", "2025-05-06", "ON")),
    # irregular past tenses are verbs too
    ("On Monday the troops dug new trenches.", ("dug", "2025-05-05", "ON")),
    ("The ferry sank, and 40 passengers swam ashore on Sunday.", ("swam", "2025-05-04", "ON")),
    # an "of"/"in" phrase gives way to the event noun it modifies
    (
        "Xi has invited Putin to the anniversary celebration of the victory in the war (September 3).",
        ("anniversary celebration", "2025-09-03", "ON"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[text for text, _ in EXAMPLES])
def test_example(text: str, expected: tuple[str, str, str]) -> None:
    events = timeline(text, dct=DCT)
    assert _summary(events) == [expected]
    event = events[0]
    assert text[event.start : event.end] == event.text
    assert event.sentence == text


# --------------------------------------------------------------------------------------------
# Intervals: ranges and durations.


@pytest.mark.parametrize(
    ("text", "trigger", "value", "relation", "interval"),
    [
        # "from X to Y" and "between X and Y" make one event over both expressions
        ("The talks ran from March 3 to March 5.", "talks", "2025-03-03/2025-03-05", "DURING",
         ("2025-03-03", "2025-03-06")),
        ("The war raged between 2019 and 2021.", "raged", "2019/2021", "DURING",
         ("2019-01-01", "2022-01-01")),
        # a duration next to the event, plus its dated start, gives the whole extent
        ("A three-day summit will open on June 2.", "summit", "2025-06-02", "BEGINS",
         ("2025-06-02", "2025-06-05")),
        ("The festival runs for five days starting June 10.", "festival", "2025-06-10", "BEGINS",
         ("2025-06-10", "2025-06-15")),
        # ... or, with a dated end, the extent back from it
        ("The two-week strike ended on May 2.", "strike", "2025-05-02", "ENDS",
         ("2025-04-19", "2025-05-03")),
        # "for" + a duration shorter than the date: the event lasts that long within the day
        ("They talked for three hours on Friday.", "talked", "2025-05-09", "DURING",
         ("2025-05-09", "2025-05-10")),
    ],
)  # fmt: skip
def test_interval(text: str, trigger: str, value: str, relation: str, interval: tuple[str, str]) -> None:
    events = timeline(text, dct=DCT)
    assert len(events) == 1
    event = events[0]
    assert (event.text, event.value, event.relation) == (trigger, value, relation)
    assert event.interval == (_day(interval[0]), _day(interval[1]))


def test_range_makes_one_event_anchored_on_its_first_expression() -> None:
    (event,) = timeline("The strike lasted from Monday to Wednesday.", dct=DCT)
    assert event.timex.text == "Monday"
    assert event.interval == (_day("2025-05-05"), _day("2025-05-08"))


def test_a_duration_attaches_only_to_its_own_event() -> None:
    text = "Xi began a four-day state visit on the 7th to mark Victory Day on the 9th."
    events = {event.value: event for event in timeline(text, dct=DCT)}
    assert events["2025-05-07"].interval == (_day("2025-05-07"), _day("2025-05-11"))
    assert events["2025-05-07"].relation == "BEGINS"  # "began" is aspectual
    assert events["2025-05-09"].interval == (_day("2025-05-09"), _day("2025-05-10"))


def test_a_duration_that_measures_a_record_is_no_length_of_the_event() -> None:
    text = "Inflation has fallen sharply from a 41-year high of 11.1% in October 2022."
    (event,) = timeline(text, dct=DCT)
    assert (event.text, event.value) == ("fallen", "2022-10")
    assert event.interval == (_day("2022-10-01"), _day("2022-11-01"))


# --------------------------------------------------------------------------------------------
# What anchors no event.


def test_text_without_temporal_cues_yields_no_events() -> None:
    assert timeline("Xi and Putin held talks and signed a trade deal at the Kremlin.", dct=DCT) == []


def test_fuzzy_references_durations_and_sets_anchor_nothing() -> None:
    text = "Prices are currently rising. The strike lasted two weeks. Officials meet every Monday."
    assert [timex.type for timex in annotate(text, dct=DCT)] != []
    assert timeline(text, dct=DCT) == []


def test_a_comparison_and_a_period_end_anchor_no_event() -> None:
    # "compared with ... a year earlier" dates the figure compared with
    text = (
        "The company reported a profit of $5 million on Tuesday, compared with a loss of $2 million "
        "a year earlier."
    )
    assert _summary(timeline(text, dct=DCT)) == [("reported", "2025-05-06", "ON")]
    # "the quarter ended March 31" names a period by its end: nothing ends on March 31
    text = "Net income for the quarter ended March 31 rose 8%."
    assert _summary(timeline(text, dct=DCT)) == [("rose", "2025-Q1", "ON")]
    assert timeline("For the year ending June 30, the chain expects to open 40 new stores.", dct=DCT) == []
    # a verb that ends a story's event still does
    text = "The strike that ended on Friday had lasted a month."
    assert _summary(timeline(text, dct=DCT)) == [("ended", "2025-05-09", "ENDS")]


def test_an_ed_word_after_an_article_is_an_adjective() -> None:
    text = "Rescuers pulled three survivors from a collapsed mine on Monday."
    assert _summary(timeline(text, dct=DCT)) == [("pulled", "2025-05-05", "ON")]
    text = "Officials unveiled an updated forecast on Thursday."
    assert _summary(timeline(text, dct=DCT)) == [("unveiled", "2025-05-08", "ON")]
    # "that" is no article: "the treaty that ended the war"
    text = "The war that ended in 1918 had begun four years earlier."
    assert ("ended", "1918", "ENDS") in _summary(timeline(text, dct=DCT))


def test_a_date_a_figure_is_compared_with_anchors_no_event() -> None:
    # "its lowest since May 2022": the figure is compared with May 2022; the drop is August's.
    text = "Inflation dropped to 4.9% in August, its lowest since May 2022. Prices have risen since January."
    assert [(e.text, e.value, e.relation) for e in timeline(text, dct=DCT)] == [
        ("dropped", "2024-08", "ON"),
        ("risen", "2025-01", "BEGINS"),
    ]
    # "its first cut since August 2020", "from 2.8% in February": the dates compared with.
    text = (
        "The bank cut rates on Thursday, its first cut since August 2020. "
        "Inflation fell to 2.6% in March from 2.8% in February."
    )
    assert [(e.text, e.value, e.relation) for e in timeline(text, dct=DCT)] == [
        ("fell", "2025-03", "ON"),
        ("cut", "2025-05-08", "ON"),
    ]


def test_a_sentence_without_a_trigger_yields_no_event() -> None:
    assert timeline("Friday, May 9, 2025.", dct=DCT) == []


def test_two_expressions_of_one_day_for_one_trigger_give_one_event() -> None:
    text = "They met on Friday (May 9)."
    assert _summary(timeline(text, dct=DCT)) == [("met", "2025-05-09", "ON")]


def test_without_a_dct_values_stay_underspecified_and_have_no_interval() -> None:
    (event,) = timeline("They will meet in September.")
    assert (event.text, event.value, event.interval) == ("meet", "XXXX-09", None)


# --------------------------------------------------------------------------------------------
# Order, sentences, serialization.


def test_events_are_ordered_by_time_then_text_and_undated_last() -> None:
    text = (
        "The summit will open in September. They held talks on the 8th. "
        "The election was held last year. The minister resigned two days ago."
    )
    assert _summary(timeline(text, dct=DCT)) == [
        ("election", "2024", "ON"),
        ("resigned", "2025-05-07", "ON"),
        ("held talks", "2025-05-08", "ON"),
        ("summit", "2025-09", "BEGINS"),
    ]


def test_abbreviations_do_not_split_sentences() -> None:
    text = "Mr. Smith arrived on Monday. The talks ended on Wednesday."
    events = timeline(text, dct=DCT)
    assert [event.sentence for event in events] == [
        "Mr. Smith arrived on Monday.",
        "The talks ended on Wednesday.",
    ]


def test_to_dict_is_json_ready() -> None:
    (event,) = timeline("A three-day summit will open on June 2.", dct=DCT)
    record = json.loads(json.dumps(event.to_dict()))
    assert record["text"] == "summit"
    assert record["relation"] == "BEGINS"
    assert record["interval"] == ["2025-06-02T00:00:00", "2025-06-05T00:00:00"]
    assert record["timex"]["value"] == "2025-06-02"


def test_format_timeline() -> None:
    text = "Putin will pay a state visit to China in September. A three-day summit will open on June 2."
    lines = format_timeline(timeline(text, dct=DCT)).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2025-06-02  BEGINS  summit")
    assert "(… 2025-06-04)" in lines[0]  # the last day, inclusive
    assert lines[1].startswith("2025-09     ON      pay a state visit")
    assert lines[1].endswith('"Putin will pay a state visit to China in September."')
    assert format_timeline([]) == ""


def test_format_timeline_shortens_long_sentences() -> None:
    text = (
        "According to the state news agency of the country, the two presidents held long talks "
        "on the 8th at the great hall of the palace in the capital with many ministers present."
    )
    (line,) = format_timeline(timeline(text, dct=DCT)).splitlines()
    assert len(line) < 110
    assert "held long talks" in line.split('"')[1]
    assert line.split()[:4] == ["2025-05-08", "ON", "held", "long"]


def test_cli_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Xi and Putin held talks on the 8th. They will meet again in September.\n")
    assert main(["timeline", "--dct", DCT, str(source)]) == 0
    assert [line.split()[:3] for line in capsys.readouterr().out.splitlines()] == [
        ["2025-05-08", "ON", "held"],
        ["2025-09", "ON", "meet"],
    ]
    assert main(["timeline", "--dct", DCT, "--format", "json", str(source)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(record["source"], record["text"], record["value"]) for record in records] == [
        (str(source), "held talks", "2025-05-08"),
        (str(source), "meet", "2025-09"),
    ]


# --------------------------------------------------------------------------------------------
# Properties.

#: Words that are never temporal on their own: news verbs, event nouns, names, function words.
_PLAIN_WORDS = (
    "Xi", "Putin", "leaders", "held", "talks", "signed", "a", "the", "deal", "summit", "visit",
    "will", "meet", "in", "on", "at", "Moscow", "and", "to", "they", "were", "scheduled", "phone",
    "call", "video", "conference", "election", "vote", "attack", "celebration", "of", "its",
    "victory", "war", "state", "by", "after", "before", "since", "until", "from", "opened",
    "ended", "resigned", "minister", "parliament", "approved", "budget",
)  # fmt: skip
_SEPARATORS = (" ", " ", " ", ", ", ". ", "; ")

plain_texts = st.lists(
    st.tuples(st.sampled_from(_PLAIN_WORDS), st.sampled_from(_SEPARATORS)), min_size=0, max_size=25
).map(lambda pairs: "".join(word + separator for word, separator in pairs).strip())

#: Sentences whose expressions are relative to the DCT, so they move with it.
_TEMPLATES = (
    "They held talks on the 8th.",
    "The summit will open in September.",
    "The election was held last year.",
    "The minister resigned two days ago.",
    "Officials will meet next month.",
    "The bank cut rates in January.",
    "The talks ran from the 3rd to the 5th.",
    "A three-day summit will open next month.",
    "Fighting has continued since last year.",
    "The ceasefire will hold until next month.",
)
dated_texts = st.lists(st.sampled_from(_TEMPLATES), min_size=1, max_size=5).map(" ".join)
#: Days 1-28 so that shifting the year never meets a missing February 29.
dcts = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 28)).filter(
    lambda day: day.day <= 28
)

_FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@_FAST
@given(plain_texts)
def test_text_without_temporal_expressions_has_no_events(text: str) -> None:
    assume(not annotate(text, dct=DCT))
    assert timeline(text, dct=DCT) == []


def _sort_key(event: Event) -> tuple[bool, dt.datetime, str]:
    if event.interval is None:
        return (True, dt.datetime.min, event.value)
    return (False, event.interval[0], "")


@_FAST
@given(st.lists(st.sampled_from((*_TEMPLATES, "No dates here.")), min_size=1, max_size=6).map(" ".join), dcts)
def test_events_are_sorted_and_spans_match(text: str, dct: dt.date) -> None:
    events = timeline(text, dct=dct)
    keys = [_sort_key(event) for event in events]
    assert keys == sorted(keys)
    for event in events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.text
        assert event.text in event.sentence
        assert text[event.timex.start : event.timex.end] == event.timex.text


@_FAST
@given(dated_texts, dcts, st.integers(min_value=-40, max_value=40))
def test_shifting_the_dct_by_whole_years_shifts_every_event(text: str, dct: dt.date, years: int) -> None:
    shifted = dct.replace(year=dct.year + years)
    before = timeline(text, dct=dct)
    after = timeline(text, dct=shifted)
    assert [(event.text, event.relation) for event in before] == [
        (event.text, event.relation) for event in after
    ]
    for old, new in zip(before, after, strict=True):
        for old_part, new_part in zip(old.value.split("/"), new.value.split("/"), strict=True):
            assert int(new_part[:4]) - int(old_part[:4]) == years
        if old.interval is not None and new.interval is not None:
            assert new.interval[0].year - old.interval[0].year == years


def test_a_date_in_reported_words_dates_the_reported_event() -> None:
    text = (
        "The mayor said that last week a crew found a leak in the main. "
        "The ministry said exports in the second quarter fell sharply. "
        "The spokesman said here on Friday that the plant would stay open. "
        "The minister told reporters on Tuesday that no decision had been made."
    )
    assert _summary(timeline(text, dct=DCT)) == [
        ("fell", "2025-Q2", "ON"),
        ("found", "2025-W18", "ON"),
        ("told", "2025-05-06", "ON"),
        ("said", "2025-05-09", "ON"),
    ]


def test_a_date_before_a_noun_dates_that_noun() -> None:
    # "the March 3 bombing", "last week's vote": the date belongs to its noun phrase
    text = (
        "Police questioned a man about the March 3 bombing of a bus depot. "
        "The senator criticized last week's vote on the budget. "
        "Investigators found the 1998 sedan near the border."
    )
    assert _summary(timeline(text, dct=DCT)) == [
        ("bombing", "2025-03-03", "ON"),
        ("vote", "2025-W18", "ON"),
    ]
    # a date after the noun still dates the verb before it
    assert _summary(timeline("The council approved the plan on Monday.", dct=DCT)) == [
        ("approved", "2025-05-05", "ON")
    ]


def test_coordinated_past_verbs_share_their_date() -> None:
    text = "The rebels crossed the river and seized the town on Tuesday."
    assert _summary(timeline(text, dct=DCT)) == [
        ("crossed", "2025-05-06", "ON"),
        ("seized", "2025-05-06", "ON"),
    ]
    text = "On Monday the board met in Oslo and approved the merger."
    assert [event.text for event in timeline(text, dct=DCT)] == ["met", "approved"]
    # a noun between does not join, nor does a second date or an -ed adjective
    text = "Talks collapsed and the strike resumed on Friday."
    assert _summary(timeline(text, dct=DCT)) == [("strike", "2025-05-09", "BEGINS")]
    text = "Troops landed on Monday and marched inland on Tuesday."
    assert _summary(timeline(text, dct=DCT)) == [
        ("landed", "2025-05-05", "ON"),
        ("marched", "2025-05-06", "ON"),
    ]
