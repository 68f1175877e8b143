"""Bounded fuzzing: hypothesis always, atheris when it is installed.

``test_fuzz_with_hypothesis`` draws batches of texts (lexicon, Unicode, hostile, long repetitive
runs) with random DCTs and domains until its time budget is spent; every annotation must satisfy
``strategies.check_invariants``. ``test_fuzz_with_atheris`` runs the coverage-guided harness
``fuzz_annotate.py`` in a subprocess for the same budget, and is skipped without atheris.

The budget is ``DATELINE_FUZZ_SECONDS`` (default 4 seconds each; CI may raise it to a minute).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import ADVERSARIAL, any_texts, check_invariants, dcts, tokens

import dateline

BUDGET = float(os.environ.get("DATELINE_FUZZ_SECONDS", "4"))
HARNESS = Path(__file__).with_name("fuzz_annotate.py")


@st.composite
def repetitive_texts(draw: st.DrawFn) -> str:
    """A unit repeated hundreds of times ("May May May …", "1,000,000,…"), what regular
    expressions backtrack on, between ordinary text."""
    unit = draw(
        st.one_of(
            tokens().map(lambda token: token + " "),
            st.sampled_from([unit for inputs in ADVERSARIAL.values() for units in inputs for unit in units]),
        )
    )
    return draw(any_texts()) + unit * draw(st.integers(1, 400)) + draw(any_texts())


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    text=st.one_of(any_texts(), repetitive_texts()),
    dct=dcts(),
    domain=st.sampled_from(("news", "narrative", "auto")),
)
def _batch(text: str, dct: object, domain: str) -> None:
    check_invariants(text, dateline.annotate(text, dct, domain=domain))  # type: ignore[arg-type]


def test_fuzz_with_hypothesis() -> None:
    deadline = time.monotonic() + BUDGET
    batches = 0
    while batches == 0 or time.monotonic() < deadline:
        _batch()  # a fresh random batch each time: hypothesis is not derandomized here
        batches += 1


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_fuzz_with_atheris(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            str(HARNESS),
            f"-max_total_time={max(1, round(BUDGET))}",
            "-max_len=2048",
            f"-artifact_prefix={tmp_path}/",
            "-print_final_stats=1",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=BUDGET + 300,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    assert "Done" in completed.stderr
