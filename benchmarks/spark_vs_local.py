"""Documents per second: dateline on one machine versus dateline.spark in Spark local mode.

Reads a TimeML corpus (text and DCT of every document), writes it as JSON lines, and times:

- ``serial``: :func:`dateline.annotate` in a loop, one process;
- ``pool``: a ``multiprocessing.Pool`` of ``--cores`` processes over the same loop;
- ``annotate_many``: :func:`dateline.annotate_many` with ``workers=--cores``, when this
  version of dateline has it;
- ``spark``: ``read.json`` → :func:`dateline.spark.with_timexes` → ``write.parquet`` in
  ``local[--cores]`` mode. The session start (JVM) is timed on its own; the first job (Python
  workers start, rules compile) and the best of the following ``--runs`` are both reported.

Each local method runs ``--runs`` times too, and its best run is reported: on a shared machine
other work only ever slows a run down.

Every method must find the same number of timexes, or the script stops.

Run (needs the ``spark`` extra and Java)::

    python benchmarks/spark_vs_local.py ../shared/corpora/tbaq --repeat 4
    python benchmarks/spark_vs_local.py ../shared/corpora/wikiwars-dev --domain narrative
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import os
import platform
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import dateline
from dateline.timeml import iter_corpus

Doc = tuple[str, str, str | None]  # id, text, dct


def load(folder: Path, repeat: int) -> list[Doc]:
    corpus = [(doc.doc_id, doc.text, doc.dct) for doc in iter_corpus(folder)]
    return [(f"{doc_id}#{copy}", text, dct) for copy in range(repeat) for doc_id, text, dct in corpus]


def _count(job: tuple[str, str | None, str]) -> int:
    text, dct, domain = job
    return len(dateline.annotate(text, dct, domain=domain))


def run_serial(docs: Sequence[Doc], domain: str, cores: int) -> int:
    return sum(_count((text, dct, domain)) for _, text, dct in docs)


def run_pool(docs: Sequence[Doc], domain: str, cores: int) -> int:
    jobs = [(text, dct, domain) for _, text, dct in docs]
    with multiprocessing.get_context("spawn").Pool(cores) as pool:
        return sum(pool.imap(_count, jobs, chunksize=8))


def run_annotate_many(docs: Sequence[Doc], domain: str, cores: int) -> int:
    annotate_many: Callable[..., Any] = dateline.annotate_many  # type: ignore[attr-defined]
    results = annotate_many([(text, dct) for _, text, dct in docs], workers=cores, domain=domain)
    return sum(len(timexes) for timexes in results)


def timed(
    name: str, function: Callable[[], int], docs: int, check: Callable[[], int] | None = None
) -> dict[str, Any]:
    """Time ``function``; the timexes found are what it returns, or what ``check`` counts after
    the clock has stopped."""
    start = time.perf_counter()
    found = function()
    seconds = time.perf_counter() - start
    if check is not None:
        found = check()
    print(f"{name:24} {seconds:8.2f} s  {docs / seconds:8.1f} docs/s  ({found} timexes)", flush=True)
    return {"method": name, "seconds": seconds, "docs_per_s": docs / seconds, "timexes": found}


def run_spark(docs: Sequence[Doc], domain: str, cores: int, runs: int, work: Path) -> list[dict[str, Any]]:
    warnings.filterwarnings("ignore", category=FutureWarning)  # pyspark 4 about pandas 3
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from dateline.spark import with_timexes

    source = work / "articles"
    source.mkdir()
    with (source / "part-0.jsonl").open("w", encoding="utf-8") as out:
        for doc_id, text, dct in docs:
            out.write(json.dumps({"id": doc_id, "date": dct, "text": text}) + "\n")

    results = []
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("dateline-benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", str(cores))
        .config("spark.sql.files.maxPartitionBytes", str(1024 * 1024))  # a few tasks per core
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    print(f"{'spark session start':24} {startup:8.2f} s", flush=True)
    results.append({"method": "spark session start", "seconds": startup})

    schema = "id string, date string, text string"

    target = str(work / "timexes.parquet")

    def job() -> int:
        articles = spark.read.schema(schema).json(str(source))
        with_timexes(articles, "text", "date", domain=domain).write.mode("overwrite").parquet(target)
        return 0

    def check() -> int:  # counts the timexes written, after the clock has stopped
        row = spark.read.parquet(target).selectExpr("sum(size(timexes))").first()
        return int(row[0]) if row is not None else 0

    try:
        results.append(timed(f"spark local[{cores}] 1st job", job, len(docs), check))
        warm = [timed(f"spark local[{cores}] job {n}", job, len(docs), check) for n in range(1, runs + 1)]
        best = min(warm, key=lambda result: result["seconds"])
        results.append({**best, "method": f"spark local[{cores}] warm job, best"})
    finally:
        spark.stop()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of TimeML (*.tml) files")
    parser.add_argument("--repeat", type=int, default=1, help="use every document this many times")
    parser.add_argument("--cores", type=int, default=2, help="processes / Spark local cores (default 2)")
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="runs of each method, and warm Spark jobs after the first (default 3)",
    )
    parser.add_argument("--domain", default="news", choices=dateline.api.DOMAINS)
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    docs = load(args.corpus, args.repeat)
    size = sum(len(text) for _, text, _ in docs)
    print(
        f"{len(docs)} documents ({size / len(docs):.0f} characters on average) from {args.corpus}, "
        f"domain={args.domain}, {args.cores} cores; Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs on this machine, load average {os.getloadavg()[0]:.1f} at start",
        flush=True,
    )
    methods: list[tuple[str, Callable[[Sequence[Doc], str, int], int]]] = [
        ("serial annotate", run_serial),
        (f"Pool({args.cores}) annotate", run_pool),
    ]
    if hasattr(dateline, "annotate_many"):
        methods.append((f"annotate_many({args.cores})", run_annotate_many))
    else:
        print("annotate_many: not in this version of dateline", flush=True)
    rows: list[dict[str, Any]] = []
    for name, method in methods:
        runs = [
            timed(name, functools.partial(method, docs, args.domain, args.cores), len(docs))
            for _ in range(args.runs)
        ]
        rows.append({**min(runs, key=lambda result: result["seconds"]), "method": f"{name}, best"})
    if not args.skip_spark:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-") as work:
            rows += run_spark(docs, args.domain, args.cores, args.runs, Path(work))
    print(f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine slows every method)")
    counts = {row["timexes"] for row in rows if "timexes" in row}
    if len(counts) != 1:
        print(f"methods disagree on the number of timexes: {sorted(counts)}", file=sys.stderr)
        return 1
    print("best of each:")
    for row in rows:
        rate = f"{row['docs_per_s']:8.1f} docs/s" if "docs_per_s" in row else ""
        print(f"  {row['method']:32} {row['seconds']:8.2f} s  {rate}")
    if args.json:
        args.json.write_text(json.dumps({"documents": len(docs), "results": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
