"""Time growth on adversarial inputs, per rule family: does 8x the text take about 8x the time?

For every adversarial input of ``tests/strategies.py`` (:data:`ADVERSARIAL`: per rule family, runs
of that family's own expressions and near misses, such as ``"1,000,000,…"`` or ``"May May May …"``),
the script annotates a text of ``--size`` characters and one ``--factor`` times as long, and prints
the best-of-``--runs`` CPU time of each and their ratio. Linear time gives a ratio near the
factor; a pattern that backtracks, or a stage that rescans what it has seen, gives about the
factor's square. The last column marks ratios at or above twice the factor, and the summary
gives each family's worst ratio. The exit status is 1 when any input is marked.

CPU time (``time.process_time``) rather than wall time, the best of several runs, and the garbage
collector held off while timing keep other work on a shared machine, and heap-wide collector
pauses, out of the ratio. No absolute time is judged: machines differ.

Run from the repository (needs the test extra, for the shared strategies module)::

    python benchmarks/adversarial.py                      # 20 KB vs 160 KB, every family
    python benchmarks/adversarial.py --family durations --size 40000 --runs 5
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from strategies import (
    ADVERSARIAL,
    ADVERSARIAL_OPTIONS,
    DEFAULT_ADVERSARIAL_OPTIONS,
    adversarial_text,
)

import dateline


def cpu_seconds(text: str, options: Mapping[str, object], runs: int) -> float:
    """The best CPU time of ``runs`` annotations of ``text``."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()  # the collector's pauses depend on the whole heap, not on the text
        try:
            started = time.process_time()
            dateline.annotate(text, **options)  # type: ignore[arg-type]
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def growth(
    units: tuple[str, ...], options: Mapping[str, object], size: int, factor: int, runs: int
) -> tuple[float, float]:
    """Best CPU seconds at ``size`` and at ``factor * size`` characters."""
    small = adversarial_text(units, size)
    large = adversarial_text(units, size * factor)
    dateline.annotate(small[:100], **options)  # type: ignore[arg-type]  # rules compiled, plans built
    return cpu_seconds(small, options, runs), cpu_seconds(large, options, max(1, runs - 1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of the small text (20000)")
    parser.add_argument("--factor", type=int, default=8, help="how much larger the large text is (8)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the best counts (3)")
    parser.add_argument(
        "--family", action="append", choices=sorted(ADVERSARIAL), help="only these families (repeatable)"
    )
    arguments = parser.parse_args(argv)
    families = arguments.family or list(ADVERSARIAL)
    limit = 2 * arguments.factor
    worst: dict[str, float] = {}
    flagged = 0
    print(f"{'family':10} {'input':32} {'small s':>8} {'large s':>8} {'ratio':>6}")
    for family in families:
        options = ADVERSARIAL_OPTIONS.get(family, DEFAULT_ADVERSARIAL_OPTIONS)
        for units in ADVERSARIAL[family]:
            small, large = growth(units, options, arguments.size, arguments.factor, arguments.runs)
            ratio = large / max(small, 1e-9)
            worst[family] = max(worst.get(family, 0.0), ratio)
            mark = "  <-- superlinear" if ratio >= limit else ""
            flagged += bool(mark)
            label = repr("".join(units))[:32]
            print(f"{family:10} {label:32} {small:8.3f} {large:8.3f} {ratio:6.1f}{mark}", flush=True)
    factor = arguments.factor
    print(f"\nworst ratio per family ({factor}x the text; linear is ~{factor}, limit {limit}):")
    for family, ratio in worst.items():
        print(f"  {family:10} {ratio:5.1f}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
