"""How dateline's cost grows: with document length, with worker processes, and at start-up.

    python benchmarks/scaling.py [CORPUS_DIR] [--total CHARS] [--repeat N] [--workers 1 2 ...]

1. Characters/s by document length: the same text (TimeML or plain-text folder, else the
   generated corpus of ``throughput.py``) cut into documents of 1 KB, 10 KB, 100 KB and 1 MB
   (``--total`` characters in all, 1 MB by default); linear cost gives the same characters/s.
2. Characters/s of :func:`dateline.annotate_many` by worker count, on many documents (the corpus
   repeated to ``--total`` characters or more), wall clock; and the speed-up over one worker.
3. ``import dateline``, the first ``annotate()`` call (rules compiled on the way) and building
   the start analysis (``dateline.extract.prepare``; otherwise done once ~20,000 characters have
   been scanned), each in a fresh interpreter reading cached bytecode, best and median of runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import dateline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import Document, generated_corpus, machine, read_corpus

LENGTHS = (1_000, 10_000, 100_000, 1_000_000)


def by_length(text: str, total: int, repeat: int) -> list[tuple[int, float, float]]:
    """Characters/s (wall clock, CPU time) for documents of each length, all cut from the same
    ``total`` characters. The lengths take turns, so that a busy machine slows them alike."""
    text = (text * (total // len(text) + 1))[:total]
    cut = {
        length: [text[start : start + length] for start in range(0, len(text), length)] for length in LENGTHS
    }
    wall = dict.fromkeys(LENGTHS, float("inf"))
    cpu = dict.fromkeys(LENGTHS, float("inf"))
    for _ in range(repeat):
        for length, documents in cut.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            for document in documents:
                dateline.annotate(document, "1998-01-08")
            wall[length] = min(wall[length], time.perf_counter() - started)
            cpu[length] = min(cpu[length], time.process_time() - started_cpu)
    return [(length, len(text) / wall[length], len(text) / cpu[length]) for length in LENGTHS]


def by_workers(
    corpus: Sequence[Document], total: int, workers: Sequence[int], repeat: int
) -> list[tuple[int, float]]:
    """Characters/s of annotate_many for each worker count (taking turns), wall clock."""
    documents = list(corpus)
    while sum(len(text) for text, _ in documents) < total:
        documents += corpus
    characters = sum(len(text) for text, _ in documents)
    best = dict.fromkeys(workers, float("inf"))
    for _ in range(repeat):
        for count in workers:
            started = time.perf_counter()
            for _ in dateline.annotate_many(documents, workers=count):
                pass
            best[count] = min(best[count], time.perf_counter() - started)
    return [(count, characters / best[count]) for count in workers]


_STARTUP = """
import time
started = time.perf_counter()
import dateline
imported = time.perf_counter()
dateline.annotate("Talks on May 8, 2025 ended the day before; they meet again next Tuesday.", "2025-05-09")
done = time.perf_counter()
from dateline.extract import prepare
from dateline.rules import rules_for
prepare(rules_for("en"))
print(imported - started, done - imported, time.perf_counter() - done)
"""


def startup(repeat: int) -> list[list[float]]:
    """Seconds to import dateline, for the first annotate() call and to build the start analysis,
    each run in a fresh interpreter that reads bytecode from a cache (as an installed package
    does; a temporary cache, so that nothing is written next to the sources)."""
    with tempfile.TemporaryDirectory() as cache:
        environment = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        runs = []
        for attempt in range(repeat + 1):
            output = subprocess.run(
                [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True, env=environment
            ).stdout.split()
            if attempt:  # the first run writes the bytecode cache
                runs.append([float(value) for value in output])
    return [list(column) for column in zip(*runs, strict=True)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="TimeML or plain-text folder")
    parser.add_argument("--total", type=int, default=1_000_000, help="characters per measurement")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best counts)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts")
    options = parser.parse_args(argv)

    corpus = read_corpus(options.corpus, None) if options.corpus else generated_corpus()
    print(f"machine: {machine()}")
    print(f"corpus: {options.corpus or 'generated news-like corpus'}\n")
    dateline.annotate("Warm-up on May 8, 2025.", "2025-05-09")

    print("characters/s by document length (same text, cut into documents; wall clock and CPU time):")
    rows = by_length("\n\n".join(text for text, _ in corpus), options.total, options.repeat)
    fastest_wall = max(row[1] for row in rows)
    fastest_cpu = max(row[2] for row in rows)
    for length, wall, cpu in rows:
        print(
            f"  {length:>9,} chars/doc  {wall:>11,.0f} chars/s ({wall / fastest_wall:6.1%})"
            f"  cpu {cpu:>11,.0f} chars/s ({cpu / fastest_cpu:6.1%})"
        )

    print("\nannotate_many by worker count (wall clock, many documents):")
    rows = by_workers(corpus, options.total, options.workers, options.repeat)
    single = rows[0][1]
    for count, rate in rows:
        print(f"  {count:>2} worker(s)  {rate:>11,.0f} chars/s  {rate / single:5.2f}x")

    imports, firsts, analyses = startup(max(options.repeat, 5))
    print("\nstart-up in a fresh interpreter, bytecode cached (best / median):")
    for label, seconds in (
        ("import dateline", imports),
        ("first annotate() call", firsts),
        ("start analysis (prepare)", analyses),
    ):
        print(f"  {label:26} {min(seconds) * 1e3:6.0f} ms / {statistics.median(seconds) * 1e3:6.0f} ms")


if __name__ == "__main__":
    main()
