"""Run a peer date finder over a TimeML corpus and save what it finds in the ``--system`` format.

    python benchmarks/peer_accuracy.py CORPUS_DIR --system dateparser --output dateparser.jsonl
    python benchmarks/peer_accuracy.py CORPUS_DIR --system chrono --node-modules /tmp/chrono/node_modules \\
        --output chrono.jsonl
    dateline evaluate CORPUS_DIR --system dateparser.jsonl

Every ``*.tml`` file under CORPUS_DIR is read with :func:`dateline.timeml.read_timeml`; the peer
runs on the plain text of its ``<TEXT>`` with the document's creation time (DCT) as the reference
date, and one JSON line per document (``{"doc": FILE-NAME-WITHOUT-.tml, "timexes": [...]}``) is
written, which ``dateline evaluate CORPUS_DIR --system FILE`` scores with the same scorer as
dateline.

The peers are date finders, not TIMEX3 taggers, so an adapter turns each of their results into a
TIMEX3 (type and value). Its choices, the same for both peers where they apply:

* **Types.** Only ``DATE`` and ``TIME``: ``TIME`` when the peer says a time of day was given,
  else ``DATE``. Neither peer reports durations, sets or the ``PRESENT_REF``/``PAST_REF``/
  ``FUTURE_REF`` values, so a "for three months" is whatever date the peer makes of it (or
  nothing) and "now" is a date or a time of the DCT: they are measured as what they are.
* **Values at the granularity the text gave**, from the peer's own report of it: ``YYYY`` for a
  year, ``YYYY-MM`` for a month, ``YYYY-MM-DD`` for a day, ``YYYY-MM-DDTHH:MM`` for a time of day.
  The calendar fields coarser than that granularity come from the peer's resolved date (so a
  weekday or "tomorrow" gets the full date the peer resolved it to against the DCT).
* **Spans** are the peer's matched text, with surrounding white space, ``,;:`` and quote marks
  trimmed (the scorer ignores white space anyway; a trailing comma is never part of a TIMEX3
  extent). No other correction is made: a peer's wrong extents and values count against it.
  dateparser's matches often include the preposition before a date and a word after it ("in
  1939", "On July 14, the"), which TIMEX3 extents leave out; ``--trim-function-words`` also trims
  a leading preposition or conjunction and a trailing article, preposition or conjunction, to
  show how much of a peer's strict score is that convention (it changes strict scores only
  where a trimmed span becomes identical to the gold one, and relaxed ones where it no longer
  overlaps). The published scores are without it.
* **No gold is used** and nothing is tuned on the corpora: the peers run with their documented
  defaults apart from the reference date.

dateparser (``dateparser.search.search_dates``, English only, ``RELATIVE_BASE`` = the DCT,
``RETURN_TIME_AS_PERIOD`` on, ``add_period=True``): it returns ``(matched text, datetime,
period)`` without offsets, so each match is located by scanning forward from the end of the
previous one (white space in the match may stand for any white space in the text); a match that
cannot be located is dropped and counted on standard error. The period maps to the value:
``year`` -> ``YYYY``, ``quarter`` -> ``YYYY-Qn``, ``month`` -> ``YYYY-MM``, ``week`` ->
``YYYY-Www`` (ISO week), ``day`` -> ``YYYY-MM-DD``, ``time`` -> ``YYYY-MM-DDTHH:MM`` (type
``TIME``), ``part_of_day`` (e.g. "tonight") -> ``YYYY-MM-DDTMO``/``AF``/``EV``/``NI`` from the
hour dateparser gives the part of the day (type ``TIME``). The time of day is the one written
(a time zone named in the text is kept, not converted). ``--dateparser-strategy`` chooses
dateparser's ``split`` (its default) or ``ngram`` search.

chrono (``chrono-node`` 2, JavaScript): one ``node`` process for the whole corpus (documents as
JSON on standard input, results as JSON on standard output) runs ``chrono.parse(text, refDate,
{forwardDate: false})`` with ``refDate`` the DCT as a local time and ``TZ=UTC``. chrono gives each
result's ``index`` (in UTF-16 code units, converted here to Python string offsets), ``text``, and
which components of its start are certain (``start.isCertain``): ``hour`` -> ``TIME`` with
``YYYY-MM-DDTHH:MM``; else ``day`` or ``weekday`` -> ``YYYY-MM-DD``; else ``month`` ->
``YYYY-MM``; else ``year`` -> ``YYYY``. A range ("March 5-7, 1998") is one chrono result: it
becomes one timex over chrono's whole text with the value of its start. chrono-node is not a
dependency of dateline: install it outside the repository (``npm install chrono-node@2`` in, say,
``/tmp/chrono``) and pass ``--node-modules /tmp/chrono/node_modules`` (or set ``NODE_PATH``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.evaluate import write_system_file
from dateline.timeml import _corpus_files, read_timeml
from dateline.timex import Timex

SYSTEMS = ("dateparser", "chrono")
_TRIMMED = ' \t\r\n\f\v,;:"`'
# --trim-function-words: words that TIMEX3 extents leave out (TimeML 1.2.1: the preposition or
# conjunction that introduces a time expression is a SIGNAL, not part of the TIMEX3), at the start
# of a match, and the words a peer sometimes carries over from the next phrase, at its end.
_LEADING_WORDS = frozenset(
    {"in", "on", "at", "by", "of", "for", "from", "to", "since", "during", "until", "till"}
    | {"after", "before", "and", "or", "but", "than", "as"}
)
_TRAILING_WORDS = frozenset(
    {"the", "and", "or", "but", "in", "on", "at", "by", "of", "to", "for", "with", "from", "as", "that"}
)
_FIRST_WORD = re.compile(r"[A-Za-z]+(?=\s)")
_LAST_WORD = re.compile(r"\s([A-Za-z]+)$")


@dataclass(frozen=True, slots=True)
class PeerDocument:
    """A corpus document as the peers see it: the name the scorer matches, text and DCT."""

    name: str
    text: str
    dct: str | None


def read_documents(corpus: Path) -> list[PeerDocument]:
    """Every ``*.tml`` document under ``corpus``, named by its file name without ``.tml``."""
    documents = []
    for path in _corpus_files(corpus):
        document = read_timeml(path)
        documents.append(PeerDocument(path.name[: -len(".tml")], document.text, document.dct))
    return documents


def reference_time(dct: str | None) -> dt.datetime | None:
    """The DCT as a naive datetime (``1998-01-08``, ``1998-01-08T12:00[:00]``), or ``None``.

    >>> reference_time("1998-01-08"), reference_time("1998-01-08T13:45:00")
    (datetime.datetime(1998, 1, 8, 0, 0), datetime.datetime(1998, 1, 8, 13, 45))
    >>> reference_time("XXXX") is None
    True
    """
    if not dct:
        return None
    try:
        return dt.datetime.fromisoformat(dct[:19])
    except ValueError:
        return None


def trimmed(text: str, start: int, end: int, function_words: bool = False) -> tuple[int, int]:
    """``[start, end)`` without surrounding white space, ``,;:`` and quote marks; with
    ``function_words``, also without a leading preposition or conjunction and trailing words
    that no time expression ends with (``--trim-function-words``).

    >>> text = "closed in March, and"
    >>> trimmed(text, 7, 16), trimmed(text, 7, 20, function_words=True)
    ((7, 15), (10, 15))
    """
    while True:
        while start < end and text[start] in _TRIMMED:
            start += 1
        while end > start and text[end - 1] in _TRIMMED:
            end -= 1
        if not function_words:
            return start, end
        first = _FIRST_WORD.match(text, start, end)
        if first and first.group().lower() in _LEADING_WORDS:
            start = first.end()
            continue
        last = _LAST_WORD.search(text, start, end)
        if last and last.group(1).lower() in _TRAILING_WORDS:
            end = last.start()
            continue
        return start, end


def _timex(
    text: str, span: tuple[int, int], typed: tuple[str, str], system: str, function_words: bool
) -> Timex | None:
    """The timex a peer found at ``span`` with ``typed`` = (type, value), trimmed; ``None`` if empty."""
    start, end = trimmed(text, *span, function_words)
    kind, value = typed
    if start >= end:
        return None
    return Timex(text[start:end], start, end, "TIME" if kind == "TIME" else "DATE", value, rule=system)


# ---------------------------------------------------------------------------------------------
# dateparser


def find_span(text: str, match: str, position: int) -> tuple[int, int] | None:
    """The first occurrence of ``match`` in ``text`` at or after ``position``; white space in
    ``match`` stands for any run of white space (dateparser may rejoin words with a space).

    >>> find_span("on May 5,\\n1998 and May 5", "May 5, 1998", 0)
    (3, 14)
    >>> find_span("May 5 and May 5", "May 5", 1)
    (10, 15)
    >>> find_span("nothing", "May", 0) is None
    True
    """
    words = match.split()
    if not words:
        return None
    found = re.compile(r"\s+".join(re.escape(word) for word in words)).search(text, position)
    return found.span() if found else None


def _part_of_day(hour: int) -> str:
    """The TIMEX3 part of the day of the hour dateparser uses for it (3, 9, 15, 18 or 20 h)."""
    if hour < 12:
        return "MO"
    if hour < 17:
        return "AF"
    if hour < 20:
        return "EV"
    return "NI"


def dateparser_value(moment: dt.datetime, period: str | None) -> tuple[str, str]:
    """TIMEX3 type and value of a dateparser result at the granularity of its ``period``.

    >>> moment = dt.datetime(1998, 1, 8, 15, 30)
    >>> [dateparser_value(moment, p)[1] for p in ("year", "quarter", "month", "week", "day")]
    ['1998', '1998-Q1', '1998-01', '1998-W02', '1998-01-08']
    >>> dateparser_value(moment, "time"), dateparser_value(moment, "part_of_day")
    (('TIME', '1998-01-08T15:30'), ('TIME', '1998-01-08TAF'))
    >>> dateparser_value(dt.datetime(735, 8, 8, 10, 35), "time")
    ('TIME', '0735-08-08T10:35')
    """
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"  # strftime drops a year's zeros
    if period == "year":
        return "DATE", day[:4]
    if period == "quarter":
        return "DATE", f"{day[:4]}-Q{(moment.month - 1) // 3 + 1}"
    if period == "month":
        return "DATE", day[:7]
    if period == "week":
        year, week, _ = moment.isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}"
    if period == "time":
        return "TIME", f"{day}T{moment.hour:02d}:{moment.minute:02d}"
    if period == "part_of_day":
        return "TIME", f"{day}T{_part_of_day(moment.hour)}"
    return "DATE", day  # "day", and any period a later dateparser adds


def run_dateparser(
    documents: Sequence[PeerDocument], strategy: str = "split", function_words: bool = False
) -> Iterator[tuple[str, list[Timex]]]:
    """dateparser's ``search_dates`` over each document, as timexes (see the module docstring)."""
    from dateparser.search import search_dates

    lost = 0
    for document in documents:
        settings: dict[str, object] = {"RETURN_TIME_AS_PERIOD": True}
        base = reference_time(document.dct)
        if base is not None:
            settings["RELATIVE_BASE"] = base
        results = (
            search_dates(
                document.text, languages=["en"], settings=settings, strategy=strategy, add_period=True
            )
            or []
        )
        timexes: list[Timex] = []
        position = 0
        for result in results:
            match, moment, period = result[0], result[1], result[2] if len(result) > 2 else None
            span = find_span(document.text, str(match), position)
            if span is None:
                lost += 1
                continue
            position = span[1]
            typed = dateparser_value(moment, period if isinstance(period, str) else None)
            timex = _timex(document.text, span, typed, "dateparser", function_words)
            if timex is not None:
                timexes.append(timex)
        yield document.name, timexes
    if lost:
        print(f"dateparser: {lost} matches not found in their text (dropped)", file=sys.stderr)


def dateparser_version() -> str:
    import dateparser

    return f"dateparser {getattr(dateparser, '__version__', '?')}"


# ---------------------------------------------------------------------------------------------
# chrono

# Reads [{text, ref: [year, month, day, hour, minute] | null}] on stdin; writes
# {version, results: [[{index, length, certain: [...], values: {...}}, ...], ...]} on stdout.
_CHRONO_JS = r"""
const chrono = require("chrono-node");
const fs = require("fs");
const path = require("path");
// Its package.json is not exported: look for it above the resolved entry point.
let version = "?";
let dir = path.dirname(require.resolve("chrono-node"));
for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
  const file = path.join(dir, "package.json");
  const about = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  if (about.name === "chrono-node") { version = about.version; break; }
}
const documents = JSON.parse(fs.readFileSync(0, "utf8"));
const components = ["year", "month", "day", "weekday", "hour", "minute"];
const results = documents.map(({ text, ref }) => {
  const refDate = ref ? new Date(ref[0], ref[1] - 1, ref[2], ref[3], ref[4]) : new Date();
  return chrono.parse(text, refDate, { forwardDate: false }).map((result) => {
    const values = {};
    for (const name of components) values[name] = result.start.get(name);
    return {
      index: result.index,
      length: result.text.length,
      certain: components.filter((name) => result.start.isCertain(name)),
      values,
    };
  });
});
process.stdout.write(JSON.stringify({ version, results }));
"""


def utf16_offsets(text: str) -> Callable[[int], int]:
    """A function from UTF-16 code-unit offsets in ``text`` (JavaScript's) to Python offsets.

    >>> to_python = utf16_offsets("a\\U0001F600b")
    >>> to_python(0), to_python(3), to_python(4)
    (0, 2, 3)
    >>> utf16_offsets("plain")(3)
    3
    """
    if all(ord(char) <= 0xFFFF for char in text):
        return lambda offset: offset
    positions: list[int] = []  # positions[utf16 offset] = python offset
    for index, char in enumerate(text):
        positions.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    positions.append(len(text))
    return lambda offset: positions[min(max(offset, 0), len(positions) - 1)]


def chrono_value(values: dict[str, int | None], certain: Sequence[str]) -> tuple[str, str] | None:
    """TIMEX3 type and value of a chrono start at its finest certain component.

    >>> values = {"year": 1998, "month": 1, "day": 9, "weekday": 5, "hour": 15, "minute": 0}
    >>> chrono_value(values, ["weekday", "hour", "minute"]), chrono_value(values, ["weekday"])
    (('TIME', '1998-01-09T15:00'), ('DATE', '1998-01-09'))
    >>> chrono_value(values, ["month"]), chrono_value(values, ["year"]), chrono_value(values, [])
    (('DATE', '1998-01'), ('DATE', '1998'), None)
    """
    year, month, day = values.get("year"), values.get("month"), values.get("day")
    if year is None or not 0 <= year <= 9999:
        return None
    date = f"{year:04d}-{month or 1:02d}-{day or 1:02d}"
    if "hour" in certain:
        return "TIME", f"{date}T{values.get('hour') or 0:02d}:{values.get('minute') or 0:02d}"
    if "day" in certain or "weekday" in certain:
        return "DATE", date
    if "month" in certain:
        return "DATE", date[:7]
    if "year" in certain:
        return "DATE", date[:4]
    return None


def _node_environment(node_modules: Path | None) -> dict[str, str]:
    environment = dict(os.environ, TZ="UTC")
    if node_modules is not None:
        paths = [str(node_modules.resolve()), environment.get("NODE_PATH", "")]
        environment["NODE_PATH"] = os.pathsep.join(path for path in paths if path)
    return environment


def _chrono_output(documents: Sequence[PeerDocument], node_modules: Path | None) -> dict[str, object]:
    node = shutil.which("node")
    if node is None:
        raise SystemExit("chrono: `node` is not on PATH")
    payload = []
    for document in documents:
        base = reference_time(document.dct)
        ref = [base.year, base.month, base.day, base.hour, base.minute] if base else None
        payload.append({"text": document.text, "ref": ref})
    completed = subprocess.run(
        [node, "-e", _CHRONO_JS],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        env=_node_environment(node_modules),
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(
            "chrono: node failed (is chrono-node installed? pass --node-modules PATH or set NODE_PATH)\n"
            + completed.stderr[-2000:]
        )
    output: dict[str, object] = json.loads(completed.stdout)
    return output


def run_chrono(
    documents: Sequence[PeerDocument], node_modules: Path | None = None, function_words: bool = False
) -> tuple[str, list[tuple[str, list[Timex]]]]:
    """chrono's ``parse`` over every document in one node process: its version and the timexes."""
    output = _chrono_output(documents, node_modules)
    results = output["results"]
    assert isinstance(results, list) and len(results) == len(documents)
    found: list[tuple[str, list[Timex]]] = []
    for document, parsed in zip(documents, results, strict=True):
        to_python = utf16_offsets(document.text)
        timexes: list[Timex] = []
        for result in parsed:
            typed = chrono_value(result["values"], result["certain"])
            if typed is None:
                continue
            span = (to_python(result["index"]), to_python(result["index"] + result["length"]))
            timex = _timex(document.text, span, typed, "chrono", function_words)
            if timex is not None:
                timexes.append(timex)
        found.append((document.name, timexes))
    return f"chrono-node {output.get('version', '?')}", found


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of TimeML (*.tml) files")
    parser.add_argument("--system", choices=SYSTEMS, required=True, help="the peer to run")
    parser.add_argument("--output", type=Path, required=True, help="JSON-lines file to write")
    parser.add_argument(
        "--dateparser-strategy", choices=("split", "ngram"), default="split", help="search_dates strategy"
    )
    parser.add_argument("--node-modules", type=Path, help="node_modules folder holding chrono-node")
    parser.add_argument(
        "--trim-function-words",
        action="store_true",
        help="also trim leading prepositions and trailing function words off the peer's spans",
    )
    options = parser.parse_args(argv)

    documents = read_documents(options.corpus)
    if options.system == "dateparser":
        outputs = list(run_dateparser(documents, options.dateparser_strategy, options.trim_function_words))
        version = f"{dateparser_version()} (strategy {options.dateparser_strategy})"
    else:
        version, outputs = run_chrono(documents, options.node_modules, options.trim_function_words)
    write_system_file(options.output, outputs)
    count = sum(len(timexes) for _, timexes in outputs)
    print(
        f"{version}: {len(documents)} documents, {count} timexes -> {options.output}\n"
        f"score with: dateline evaluate {options.corpus} --system {options.output}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
