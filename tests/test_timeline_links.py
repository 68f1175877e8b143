"""benchmarks/timeline_links.py: reading EVENTs and TLINKs, and scoring a timeline against them.

The document is a small one written for this test: four events, each dated in its own sentence,
with TLINKs in both directions, a time-time IDENTITY, a link to the DCT and an event the gold
links to no expression of the text.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from scripts import load_benchmark

links = load_benchmark("timeline_links")

_MUSEUM = (
    '<?xml version="1.0"?><TimeML><DOCID>museum</DOCID>'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-09" functionInDocument="CREATION_TIME">'
    "2025-05-09</TIMEX3></DCT>"
    '<TEXT>The city museum <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> on '
    '<TIMEX3 tid="t1" type="DATE" value="2025-05-06">Tuesday</TIMEX3>. Builders had '
    '<EVENT eid="e2" class="OCCURRENCE">finished</EVENT> the roof by '
    '<TIMEX3 tid="t2" type="DATE" value="2025-04-30">April 30</TIMEX3>. The mayor '
    '<EVENT eid="e3" class="OCCURRENCE">spoke</EVENT> outside on '
    '<TIMEX3 tid="t3" type="DATE" value="2025-05-06">Tuesday</TIMEX3>. Visitors '
    '<EVENT eid="e4" class="OCCURRENCE">queued</EVENT> on '
    '<TIMEX3 tid="t4" type="DATE" value="2025-05-07">Wednesday</TIMEX3>. The gift shop holds a '
    'sale on <TIMEX3 tid="t5" type="DATE" value="2025-05-08">Thursday</TIMEX3>.</TEXT>'
    '<MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/>'
    '<MAKEINSTANCE eventID="e3" eiid="ei3"/><MAKEINSTANCE eventID="e4" eiid="ei4"/>'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>'
    '<TLINK lid="l2" relType="AFTER" timeID="t2" relatedToEventInstance="ei2"/>'
    '<TLINK lid="l3" relType="ENDS" eventInstanceID="ei3" relatedToTime="t1"/>'
    '<TLINK lid="l4" relType="IDENTITY" timeID="t1" relatedToTime="t3"/>'
    '<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei4" relatedToTime="t0"/>'
    '<TLINK lid="l6" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei4"/>'
    "</TimeML>"
)


def test_the_script_examples_hold() -> None:
    results = doctest.testmod(links, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert results.attempted > 0 and results.failed == 0


def test_gold_links_are_read_from_the_event() -> None:
    gold = links.parse_gold(_MUSEUM, "museum")
    assert gold.dct == "2025-05-09"
    assert [gold.text[event.start : event.end] for event in gold.events] == [
        "reopened",
        "finished",
        "spoke",
        "queued",
    ]
    # t2 AFTER ei2 is ei2 BEFORE t2; the DCT link and the event-event link are left out
    assert gold.links == {
        ("e1", "t1"): frozenset({"IS_INCLUDED"}),
        ("e2", "t2"): frozenset({"BEFORE"}),
        ("e3", "t1"): frozenset({"ENDS"}),
    }
    assert gold.dct_links == 1
    assert gold.same("t3") == {"t1", "t3"} and gold.same("t4") == {"t4"}


def test_the_timeline_is_scored_against_the_links() -> None:
    counts = links.score_document(links.parse_gold(_MUSEUM, "museum"))
    # reopened, finished, spoke, queued and the shop's sale
    assert counts.produced == 5
    assert counts.trigger == 4  # the sale is no gold event
    assert counts.silent == 1  # queued: linked to the DCT only
    # reopened -> Tuesday; finished -> April 30; spoke -> the second Tuesday, the same as the first
    assert counts.anchored == 3
    assert counts.relation == 2  # "spoke on Tuesday" is ON, the gold says ENDS
    assert (counts.links, counts.found, counts.reproduced, counts.reproduced_relation) == (3, 3, 3, 2)
    kinds = sorted(miss.kind for miss in counts.misses)
    assert kinds == ["anchor", "relation", "trigger"]
    trigger = next(miss for miss in counts.misses if miss.kind == "trigger")
    assert "[holds a sale] on {Thursday}" in trigger.context


def test_the_command_prints_the_table_and_the_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "museum.tml").write_text(_MUSEUM, encoding="utf-8")
    links.main([str(tmp_path), "--errors", "5", "--kind", "trigger", "--kind", "relation"])
    output = capsys.readouterr().out
    assert "anchoring precision (lower bound)" in output
    assert "not exhaustive" in output
    assert "2 misses (relation, trigger); 2 shown" in output
    assert "gold: 'Tuesday' ENDS" in output
