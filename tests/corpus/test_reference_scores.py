"""The evaluator reproduces the reference scores of HeidelTime's own output on TBAQ (EVALUATION.md).

Needs the development corpora in ../shared; skips cleanly without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate import evaluate_folder

# Computed as tests/conftest.py does: the repository's sibling folder ../shared/corpora.
CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
GOLD = CORPORA / "tbaq"
SYSTEM = CORPORA / "reference-outputs" / "heideltime-tbaq.jsonl"

pytestmark = pytest.mark.skipif(
    not (GOLD.is_dir() and SYSTEM.is_file()),
    reason="../shared/corpora (tbaq and reference-outputs) is not present",
)


def test_heideltime_reference_output_scores_exactly() -> None:
    scores = evaluate_folder(GOLD, system_file=SYSTEM).scores
    counts = (scores.gold, scores.system, scores.strict, scores.relaxed, scores.value, scores.type)
    assert counts == (1822, 1797, 1521, 1667, 1400, 1593)
    assert round(scores.strict_precision, 2) == 84.64
    assert round(scores.strict_recall, 2) == 83.48
    assert round(scores.strict_f1, 2) == 84.06
    assert round(scores.relaxed_precision, 2) == 92.77
    assert round(scores.relaxed_recall, 2) == 91.49
    assert round(scores.relaxed_f1, 2) == 92.12
    assert round(scores.value_accuracy, 2) == 83.98
    assert round(scores.value_f1, 2) == 77.37
    assert round(scores.type_accuracy, 2) == 95.56
