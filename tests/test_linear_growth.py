"""The cost of annotation grows linearly with the length of the text.

No absolute time is asserted (machines differ); only the ratio: eight times the text must take
well under sixteen times as long (best of several runs each, CPU time), which catches any cost
that grows with the square of the length while leaving room for noise.
"""

from __future__ import annotations

import random
import time

import dateline
from dateline.extract import prepare
from dateline.rules import rules_for

_SENTENCES = [
    "The minister said on Tuesday that talks would resume next month.",
    "Shares closed slightly higher, while the broader market was little changed.",
    "The firm, which has about 12,000 staff, posted a third-quarter loss.",
    "Negotiators met for three hours at the Kremlin on May 8, 2025.",
    "Critics argue the plan does little to address the problems of the sector.",
    "Two years ago the board rejected a similar offer; the day before, it had met twice.",
    "A spokeswoman did not respond to a request for comment.",
    "The lease, signed in 1998, runs out at year-end.",
]


def _news(characters: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < characters:
        sentence = rng.choice(_SENTENCES)
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:characters]


def _best_cpu_seconds(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        dateline.annotate(text, "2025-05-09")
        best = min(best, time.process_time() - started)
    return best


def test_eight_times_the_text_takes_less_than_sixteen_times_as_long() -> None:
    prepare(rules_for("en"))  # steady state: the start analysis is in place for both lengths
    short, long = _news(10_000, seed=1), _news(80_000, seed=2)
    dateline.annotate(short, "2025-05-09")
    assert _best_cpu_seconds(long) < 16 * _best_cpu_seconds(short)
