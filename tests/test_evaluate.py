"""TempEval-3 timex scoring on hand-made examples (definitions: ../shared/EVALUATION.md)."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from dateline.errors import DatelineValueError
from dateline.evaluate import (
    Scores,
    document_errors,
    evaluate_folder,
    format_errors,
    main_evaluate,
    read_system_file,
    rule_breakdown,
    score_corpus,
    score_document,
    timexes_to_jsonl,
    write_system_file,
)
from dateline.timeml import TimeMLDocument
from dateline.timex import Timex, TimexType


def tx(text: str, start: int, end: int, value: str = "X", kind: TimexType = "DATE") -> Timex:
    return Timex(text[start:end], start, end, kind, value)


def pairs(text: str, gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int, int, int]]:
    result = score_document(text, gold, system)
    return [(m.gold.start, m.gold.end, m.system.start, m.system.end) for m in result.matches]


TEXT = "0123456789abcdefghijklmnopqrstuvwxyz"


# --- matching ------------------------------------------------------------------------------------


def test_identical_spans_are_strict_and_relaxed() -> None:
    result = score_document(TEXT, [tx(TEXT, 3, 8)], [tx(TEXT, 3, 8)])
    assert [m.strict for m in result.matches] == [True]
    scores = result.scores
    assert (scores.strict, scores.relaxed) == (1, 1)
    assert scores.strict_f1 == scores.relaxed_f1 == 100.0


def test_overlap_is_relaxed_but_not_strict() -> None:
    result = score_document(TEXT, [tx(TEXT, 3, 8)], [tx(TEXT, 7, 12)])
    assert [m.strict for m in result.matches] == [False]
    assert (result.scores.strict, result.scores.relaxed) == (0, 1)


def test_touching_spans_do_not_match() -> None:
    result = score_document(TEXT, [tx(TEXT, 3, 8)], [tx(TEXT, 8, 12)])
    assert result.matches == ()
    assert len(result.missed) == len(result.spurious) == 1


def test_whitespace_around_spans_is_stripped_for_strict() -> None:
    text = "on  Friday \n and"
    gold = [Timex("Friday ", 4, 11, "DATE", "X")]
    system = [Timex(" Friday \n", 3, 13, "DATE", "X")]
    assert [m.strict for m in score_document(text, gold, system).matches] == [True]
    # stripping whitespace only: a different word boundary is still wrong
    assert [m.strict for m in score_document(text, gold, [tx(text, 4, 9)]).matches] == [False]


def test_pairs_are_one_to_one() -> None:
    gold = [tx(TEXT, 0, 4), tx(TEXT, 5, 20)]
    system = [tx(TEXT, 0, 20)]
    result = score_document(TEXT, gold, system)
    # the larger overlap (15 characters) wins; the other gold timex is missed
    assert [(m.gold.start, m.gold.end) for m in result.matches] == [(5, 20)]
    assert [(g.start, g.end) for g in result.missed] == [(0, 4)]
    assert result.scores.relaxed_recall == 50.0
    assert result.scores.relaxed_precision == 100.0


def test_identical_spans_first() -> None:
    # both system timexes overlap the gold by 5; left to right would pick [0, 10), but the
    # identical span goes first
    gold = [tx(TEXT, 5, 10)]
    system = [tx(TEXT, 0, 10), tx(TEXT, 5, 10)]
    assert pairs(TEXT, gold, system) == [(5, 10, 5, 10)]


def test_largest_overlap_before_left_to_right() -> None:
    gold = [tx(TEXT, 0, 6), tx(TEXT, 6, 20)]
    system = [tx(TEXT, 2, 12), tx(TEXT, 12, 20)]
    # candidates: g0-s0 4, g1-s0 6, g1-s1 8 -> g1-s1 first, then g1-s0 is blocked, g0-s0 pairs
    assert pairs(TEXT, gold, system) == [(0, 6, 2, 12), (6, 20, 12, 20)]


def test_left_to_right_breaks_ties() -> None:
    assert pairs(TEXT, [tx(TEXT, 0, 10)], [tx(TEXT, 5, 10), tx(TEXT, 0, 5)]) == [(0, 10, 0, 5)]
    assert pairs(TEXT, [tx(TEXT, 5, 10), tx(TEXT, 0, 5)], [tx(TEXT, 0, 10)]) == [(0, 5, 0, 10)]


def test_greedy_pairing_on_many_candidates() -> None:
    gold = [tx(TEXT, 0, 3), tx(TEXT, 3, 6), tx(TEXT, 6, 9)]
    system = [tx(TEXT, 1, 4), tx(TEXT, 4, 7), tx(TEXT, 7, 10)]
    assert pairs(TEXT, gold, system) == [(0, 3, 1, 4), (3, 6, 4, 7), (6, 9, 7, 10)]


# --- attributes and scores -----------------------------------------------------------------------


def test_value_and_type_accuracy() -> None:
    gold = [tx(TEXT, 0, 4, "1998"), tx(TEXT, 5, 9, "P1D", "DURATION"), tx(TEXT, 10, 14, "1999")]
    system = [
        tx(TEXT, 0, 4, "1998"),
        tx(TEXT, 5, 9, "1998-01-01", "DATE"),
        tx(TEXT, 11, 13, "1999", "TIME"),
        tx(TEXT, 20, 22, "2000"),
    ]
    scores = score_document(TEXT, gold, system).scores
    assert (scores.gold, scores.system, scores.strict, scores.relaxed) == (3, 4, 2, 3)
    assert (scores.value, scores.type) == (2, 1)
    assert scores.relaxed_precision == 75.0
    assert scores.relaxed_recall == 100.0
    assert scores.relaxed_f1 == pytest.approx(600 / 7)
    assert scores.value_accuracy == pytest.approx(200 / 3)
    assert scores.value_f1 == pytest.approx(600 / 7 * 2 / 3)
    assert scores.type_accuracy == pytest.approx(100 / 3)
    assert scores.type_f1 == pytest.approx(600 / 7 / 3)


def test_values_compare_as_exact_strings() -> None:
    gold = [tx(TEXT, 0, 4, "199")]
    system = [tx(TEXT, 0, 4, "199X")]
    assert score_document(TEXT, gold, system).scores.value == 0


def test_mod_equality() -> None:
    gold = [Timex("0123", 0, 4, "DATE", "199", mod="START"), Timex("5678", 5, 9, "DATE", "199")]
    system = [Timex("0123", 0, 4, "DATE", "199"), Timex("5678", 5, 9, "DATE", "199")]
    scores = score_document(TEXT, gold, system).scores
    assert (scores.mod, scores.mod_accuracy) == (1, 50.0)


@pytest.mark.parametrize(
    ("gold", "system"),
    [([], []), ([tx(TEXT, 0, 4)], []), ([], [tx(TEXT, 0, 4)])],
)
def test_empty_inputs_score_zero(gold: list[Timex], system: list[Timex]) -> None:
    scores = score_corpus([score_document(TEXT, gold, system)])
    for name in (
        "strict_precision",
        "strict_recall",
        "strict_f1",
        "relaxed_precision",
        "relaxed_recall",
        "relaxed_f1",
        "value_accuracy",
        "value_f1",
        "type_accuracy",
        "type_f1",
    ):
        assert getattr(scores, name) == 0.0
    assert score_corpus([]) == Scores()
    assert score_document("", [], []).scores == Scores()


def test_micro_average_over_documents() -> None:
    one = score_document(TEXT, [tx(TEXT, 0, 4)], [tx(TEXT, 0, 4)])
    two = score_document(TEXT, [tx(TEXT, 0, 4), tx(TEXT, 5, 9), tx(TEXT, 10, 14)], [])
    scores = score_corpus([one, two])
    assert (scores.gold, scores.system, scores.relaxed) == (4, 1, 1)
    assert scores.relaxed_precision == 100.0
    assert scores.relaxed_recall == 25.0  # not the mean of 100 and 0
    assert scores.relaxed_f1 == 40.0


def test_to_dict_and_table() -> None:
    scores = Scores(gold=4, system=5, strict=2, relaxed=4, value=3, type=4, mod=4)
    record = scores.to_dict()
    assert record["gold"] == 4
    assert record["value_f1"] == pytest.approx(scores.value_f1)
    json.dumps(record)
    table = scores.format_table()
    assert "44.44" in table
    assert "66.67" in table
    assert "gold 4, system 5" in table


# --- errors and rules ----------------------------------------------------------------------------


def test_error_records() -> None:
    text = "Sales fell on Monday.\nThey rose in May 1998 and in June."
    gold = [
        Timex("Monday", 14, 20, "DATE", "1998-01-05"),
        Timex("May 1998", 35, 43, "DATE", "1998-05"),
        Timex("June", 51, 55, "DATE", "1998-06"),
    ]
    system = [
        Timex("on Monday", 11, 20, "TIME", "1998-01-12", rule="weekday"),
        Timex("May 1998", 35, 43, "DATE", "1998-05", rule="month_year"),
        Timex("Sales", 0, 5, "DATE", "PRESENT_REF", rule="oops"),
    ]
    result = score_document(text, gold, system, doc_id="d7")
    errors = document_errors(result)
    assert [error.kind for error in errors] == [
        "spurious",
        "wrong_extent",
        "wrong_value",
        "wrong_type",
        "missed",
    ]
    assert all(error.doc_id == "d7" for error in errors)
    assert errors[0].gold is None
    assert errors[0].system is not None
    assert errors[0].context == "[[Sales]] fell on Monday."
    assert errors[-1].context == "They rose in May 1998 and in [[June]]."
    assert errors[-1].system is None
    listing = format_errors(errors)
    assert "wrong_value  d7  gold 'Monday' DATE 1998-01-05  system 'on Monday' TIME" in listing
    assert "(weekday)" in listing
    assert format_errors(errors, limit=2).endswith("... and 3 more")

    rules = {stat.rule: stat for stat in rule_breakdown([result])}
    assert (rules["weekday"].correct, rules["weekday"].wrong_value) == (0, 1)
    assert (rules["month_year"].correct, rules["oops"].spurious) == (1, 1)


def test_long_context_is_cut_to_one_line() -> None:
    text = "x" * 200 + "\n" + "y" * 100 + " 1998 " + "z" * 100 + "\nnext"
    start = text.index("1998")
    result = score_document(text, [Timex("1998", start, start + 4, "DATE", "1998")], [])
    context = document_errors(result)[0].context
    assert "[[1998]]" in context
    assert "x" not in context
    assert "next" not in context
    assert context.startswith("...")
    assert context.endswith("...")


# --- system files and folders --------------------------------------------------------------------


def test_jsonl_round_trip(tmp_path: Path) -> None:
    timexes = [Timex("May", 4, 7, "DATE", "2025-05", mod="START", rule="month", anchor="DCT")]
    line = timexes_to_jsonl("d1", timexes)
    assert line.endswith("\n")
    assert json.loads(line)["doc"] == "d1"
    path = tmp_path / "run.jsonl"
    write_system_file(path, [("d1", timexes), ("d2", [])])
    assert read_system_file(path) == {"d1": tuple(timexes), "d2": ()}


@pytest.mark.parametrize(
    "content",
    [
        "not json\n",
        "[1, 2]\n",
        '{"doc": "d", "timexes": [{"start": "0", "end": 3, "type": "DATE", "value": "1"}]}\n',
        '{"doc": "d", "timexes": [{"start": 0, "end": 3}]}\n',
        '{"doc": "d", "timexes": []}\n{"doc": "d", "timexes": []}\n',
    ],
)
def test_bad_system_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatelineValueError, match="line"):
        read_system_file(path)


GOLD_ONE = (
    "<TimeML><DOCID>one</DOCID>"
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
    "x</TIMEX3></DCT><TEXT>\nIt fell &amp; rose "
    '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>'
)
GOLD_TWO = (
    '<TimeML><TEXT>Up <TIMEX3 tid="t1" type="DURATION" value="P3Y">three years</TIMEX3>.</TEXT></TimeML>'
)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.tml").write_text(GOLD_ONE, encoding="utf-8")
    (folder / "sub" / "two.tml").write_text(GOLD_TWO, encoding="utf-8")
    return folder


def test_evaluate_folder_with_system_file(gold_dir: Path, tmp_path: Path) -> None:
    run = tmp_path / "run.jsonl"
    run.write_text(
        '{"doc": "one", "timexes": [{"start": 16, "end": 25, "type": "DATE", '
        '"value": "1998-01-07", "text": "yesterday"}]}\n'
        '{"doc": "unknown", "timexes": []}\n',
        encoding="utf-8",
    )
    report = evaluate_folder(gold_dir, system_file=run)
    assert [doc.doc_id for doc in report.documents] == ["one", "two"]
    assert report.scores == Scores(gold=2, system=1, strict=1, relaxed=1, value=1, type=1, mod=1)
    assert [error.kind for error in report.errors] == ["missed"]


def test_evaluate_folder_checks_system_offsets(gold_dir: Path, tmp_path: Path) -> None:
    run = tmp_path / "run.jsonl"
    run.write_text(
        '{"doc": "two", "timexes": [{"start": 5, "end": 500, "type": "DATE", "value": "1"}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(DatelineValueError, match="outside the text"):
        evaluate_folder(gold_dir, system_file=run)


def test_evaluate_folder_with_annotator(gold_dir: Path) -> None:
    seen: list[tuple[str, str | None]] = []

    def annotator(doc: TimeMLDocument) -> list[Timex]:
        seen.append((doc.doc_id, doc.dct))
        start = doc.text.find("three years")
        if start < 0:
            return []
        return [Timex("", start, start + 11, "DURATION", "P3Y", rule="duration")]

    report = evaluate_folder(gold_dir, annotator=annotator)
    assert seen == [("one", "1998-01-08"), ("two", None)]
    assert report.documents[1].system[0].text == "three years"
    assert (report.scores.strict, report.scores.value) == (1, 1)
    assert [(stat.rule, stat.correct) for stat in report.rules] == [("duration", 1)]


def test_evaluate_folder_argument_errors(gold_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(DatelineValueError, match="not both"):
        evaluate_folder(gold_dir, annotator=lambda doc: [], system_file=tmp_path / "x.jsonl")
    with pytest.raises(DatelineValueError, match="domain"):
        evaluate_folder(gold_dir, annotator=lambda doc: [], domain="legal")
    with pytest.raises(DatelineValueError, match="not a directory"):
        evaluate_folder(tmp_path / "missing", annotator=lambda doc: [])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DatelineValueError, match=r"no TimeML \(\*\.tml\) files"):
        evaluate_folder(empty, annotator=lambda doc: [])


def test_main_evaluate_prints_scores_rules_and_errors(gold_dir: Path, tmp_path: Path) -> None:
    run = tmp_path / "run.jsonl"
    write_system_file(run, {"one": [Timex("yesterday", 16, 25, "DATE", "1998-01-06", rule="r")]})
    out = io.StringIO()
    assert main_evaluate(str(gold_dir), system_file=str(run), domain="auto", show_errors=True, out=out) == 0
    printed = out.getvalue()
    assert "2 documents in" in printed
    assert "strict      100.00   50.00   66.67" in printed
    assert "wrong value" in printed
    assert "wrong_value  one" in printed
    assert "missed       two" in printed

    quiet = io.StringIO()
    main_evaluate(str(gold_dir), system_file=str(run), domain="auto", show_errors=False, out=quiet)
    assert "missed" not in quiet.getvalue()
