"""Shared fixtures: a fixed news DCT (Duckling's testContext) and the optional ../shared corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

#: The repository's sibling folder with the development corpora; absent on users' machines.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"

#: The publication date every example test resolves against unless it says otherwise.
TEST_DCT = dt.date(2025, 5, 9)

requires_shared = pytest.mark.skipif(
    not CORPORA.is_dir(), reason="../shared/corpora is not present (development corpora only)"
)


@pytest.fixture
def dct() -> dt.date:
    return TEST_DCT
