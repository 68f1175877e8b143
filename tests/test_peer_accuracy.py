"""benchmarks/peer_accuracy.py: the adapters that turn peer date finders' results into TIMEX3s.

The mapping functions are tested on their own; the end-to-end runs skip when the peer is missing
(dateparser not importable, or no ``node`` with ``chrono-node`` resolvable).
"""

from __future__ import annotations

import datetime as dt
import doctest
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from scripts import load_benchmark

from dateline.evaluate import evaluate_folder

peers = load_benchmark("peer_accuracy")

_CORPUS = (
    '<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-09" '
    'functionInDocument="CREATION_TIME">2025-05-09</TIMEX3></DCT><TEXT>The plant closed on '
    '<TIMEX3 tid="t1" type="DATE" value="2025-03-14">March 14, 2025</TIMEX3>, and it reopens '
    '<TIMEX3 tid="t2" type="DATE" value="2025-05-10">tomorrow</TIMEX3>.</TEXT></TimeML>'
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "plant.tml").write_text(_CORPUS, encoding="utf-8")
    return folder


def test_the_script_examples_hold() -> None:
    results = doctest.testmod(peers, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert results.attempted > 0 and results.failed == 0


def test_dateparser_periods_give_the_granularity() -> None:
    moment = dt.datetime(2025, 5, 9, 14, 5)
    assert peers.dateparser_value(moment, "year") == ("DATE", "2025")
    assert peers.dateparser_value(moment, "month") == ("DATE", "2025-05")
    assert peers.dateparser_value(moment, "day") == ("DATE", "2025-05-09")
    assert peers.dateparser_value(moment, "week") == ("DATE", "2025-W19")
    assert peers.dateparser_value(moment, "time") == ("TIME", "2025-05-09T14:05")
    assert peers.dateparser_value(dt.datetime(2025, 5, 9, 20), "part_of_day") == ("TIME", "2025-05-09TNI")
    assert peers.dateparser_value(moment, None) == ("DATE", "2025-05-09")


def test_matches_are_located_in_order_across_line_breaks() -> None:
    text = "On May 5, 1998 it rained.\nOn May 5,\n1998 it rained again."
    first = peers.find_span(text, "May 5, 1998", 0)
    assert first == (3, 14)
    assert peers.find_span(text, "May 5, 1998", first[1]) == (29, 40)
    assert peers.trimmed("see March, then", 4, 10) == (4, 9)


def test_chrono_values_follow_the_certain_components() -> None:
    values = {"year": 2025, "month": 5, "day": 10, "weekday": 6, "hour": 12, "minute": 0}
    assert peers.chrono_value(values, ["year", "month", "day"]) == ("DATE", "2025-05-10")
    assert peers.chrono_value(values, ["weekday"]) == ("DATE", "2025-05-10")
    assert peers.chrono_value(values, ["month"]) == ("DATE", "2025-05")
    assert peers.chrono_value(values, ["hour", "minute"]) == ("TIME", "2025-05-10T12:00")
    assert peers.chrono_value({**values, "year": -50}, ["year"]) is None


def test_utf16_offsets_map_to_python_offsets() -> None:
    text = "\U0001f4c5 May 5"  # the calendar emoji is two UTF-16 code units
    to_python = peers.utf16_offsets(text)
    assert text[to_python(3) : to_python(8)] == "May 5"


def test_dateparser_end_to_end(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dateparser")
    output = tmp_path / "dateparser.jsonl"
    peers.main([str(corpus), "--system", "dateparser", "--output", str(output)])
    report = evaluate_folder(corpus, system_file=output)
    assert report.scores.system >= 1  # the scorer reads the file and the offsets are in range
    values = {match.system.value for match in report.documents[0].matches}
    assert "2025-03-14" in values


def _chrono_available() -> bool:
    node = shutil.which("node")
    if node is None:
        return False
    probe = subprocess.run(
        [node, "-e", 'require("chrono-node")'], capture_output=True, env=dict(os.environ), check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _chrono_available(), reason="node with chrono-node (NODE_PATH) not available")
def test_chrono_end_to_end(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "chrono.jsonl"
    peers.main([str(corpus), "--system", "chrono", "--output", str(output)])
    report = evaluate_folder(corpus, system_file=output)
    assert report.scores.value == 2
