"""dateline.spark in Spark local mode: every row equals dateline run serially on the same document.

The Spark tests need pyspark (the ``spark`` extra) and a Java runtime; without either they are
skipped with a message. One SparkSession (``local[2]``, no UI) serves the whole module.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import dateline
from dateline.errors import DatelineTypeError, DatelineValueError

# pyspark's own warnings are not dateline's failures: pyspark 4 warns that its pandas 3 support is
# incomplete (these tests check every result row instead); pyspark 3.5 still uses distutils and
# leaves the sockets of collect() to the garbage collector.
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:distutils Version classes are deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings(
        "ignore:Exception ignored in. <socket.socket:pytest.PytestUnraisableExceptionWarning"
    ),
]

# --- generated news-like documents ---------------------------------------------------------------

MONTHS = tuple(dt.date(2001, month, 1).strftime("%B") for month in range(1, 13))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CITIES = ("MOSCOW", "GENEVA", "NAIROBI", "LIMA", "SEOUL", "OTTAWA", "CAIRO")

SENTENCES = (
    "Officials said on {weekday} that talks would resume next week.",
    "Profits at the bank shrank in the third quarter of {year}.",
    "Prices rose 3 percent in {month}, the statistics office said.",
    "The ceasefire, agreed on {month} {day}, {year}, collapsed two weeks later.",
    "Shares fell sharply yesterday morning before recovering.",
    "The minister will retire at the year's end.",
    "Negotiators met for about three hours on {weekday}.",
    "Inflation has doubled since {year}, according to the central bank.",
    "The court adjourned the trial until {month} {day}.",
    "Exports have grown every year since the 1990s.",
    "The plant closed last summer and will reopen in the spring.",
    "Voters go to the polls tomorrow at 9 a.m.",
    "The inquiry, which began {n} days ago, will report within six months.",
    "He arrived the day before for a four-day visit.",
    "Rescue teams worked through the night and into the early hours of {weekday}.",
    "The board meets every Monday to review the figures.",
    "Sales in the first half of {year} beat forecasts.",
    "The strike entered its {n}th day on Thursday.",
    "Nothing happened at all in this sentence.",
    "The treaty was signed in {year} and expired a decade later.",
)


def make_documents(count: int, seed: int = 8) -> list[dict[str, Any]]:
    """``count`` documents with ids, texts and DCTs (string, date, timestamp), some with a dateline."""
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        dct_day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365))
        fields = {
            "weekday": rng.choice(WEEKDAYS),
            "month": rng.choice(MONTHS),
            "day": rng.randrange(1, 29),
            "year": rng.randrange(1950, 2031),
            "n": rng.randrange(2, 40),
        }
        body = " ".join(sentence.format(**fields) for sentence in rng.sample(SENTENCES, rng.randrange(2, 7)))
        if number % 5 == 0:  # a wire dateline that names the date itself
            body = f"{rng.choice(CITIES)}, {MONTHS[dct_day.month - 1]} {dct_day.day} (Reuters) - {body}"
        # office hours: no daylight-saving gap of any local time zone moves them
        stamp = dt.datetime.combine(dct_day, dt.time(rng.randrange(9, 18), rng.randrange(60)))
        documents.append(
            {
                "id": number,
                "text": body,
                "dct": None if number % 7 == 3 else dct_day.isoformat(),
                "dct_date": dct_day,
                "dct_ntz": stamp,
                "dct_ts": stamp,
            }
        )
    documents.append(
        {"id": count, "text": "", "dct": "2025-05-09", "dct_date": None, "dct_ntz": None, "dct_ts": None}
    )
    documents.append(
        {"id": count + 1, "text": None, "dct": None, "dct_date": None, "dct_ntz": None, "dct_ts": None}
    )
    return documents


DOCUMENTS = make_documents(300)
# dct_ts is a timestamp with time zone: Spark reads and hands back the same local wall-clock time
SCHEMA = "id long, text string, dct string, dct_date date, dct_ntz timestamp_ntz, dct_ts timestamp"


DCT_COLUMNS = ("dct", "dct_date", "dct_ntz", "dct_ts")


def expected_timexes(text: str | None, dct: Any, domain: str = "news") -> list[tuple[Any, ...]] | None:
    if text is None:
        return None
    return [
        (t.text, t.start, t.end, t.type, t.value, t.mod, t.anchor)
        for t in dateline.annotate(text, dct, domain=domain)
    ]


def as_tuples(timexes: list[Any] | None) -> list[tuple[Any, ...]] | None:
    if timexes is None:
        return None
    return [tuple(row) for row in timexes]


# --- Spark --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'dateline[spark]')")
    pytest.importorskip("pandas", reason="pandas is not installed (pip install 'dateline[spark]')")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'dateline[spark]')")
    java_home = os.environ.get("JAVA_HOME")
    if shutil.which("java") is None and not (java_home and Path(java_home, "bin", "java").exists()):
        pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME); none was found")
    from pyspark.sql import SparkSession

    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # Python workers run in this interpreter (venv)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dateline-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        # a short-lived test JVM: quick JIT and a simple collector start faster on 2 cores
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")  # several batches per task
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        if previous is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = previous


@pytest.fixture(scope="session")
def documents(spark: Any) -> Any:
    return spark.createDataFrame(DOCUMENTS, SCHEMA)


def collected(frame: Any, column: str = "timexes") -> dict[int, list[tuple[Any, ...]] | None]:
    return {row["id"]: as_tuples(row[column]) for row in frame.select("id", column).collect()}


def test_every_row_matches_annotate(documents: Any) -> None:
    """One Spark job, five DCT sources: a fixed DCT, and string, date and timestamp columns."""
    from dateline.spark import TIMEX_SCHEMA_DDL, with_timexes

    result = with_timexes(documents, dct="2025-05-09", output_col="fixed")
    for dct_col in DCT_COLUMNS:
        result = with_timexes(result, "text", dct_col, output_col=f"by_{dct_col}")
    assert result.columns == [*documents.columns, "fixed", *(f"by_{name}" for name in DCT_COLUMNS)]
    assert result.schema["fixed"].dataType.simpleString() == TIMEX_SCHEMA_DDL
    rows = {row["id"]: row for row in result.collect()}
    assert len(rows) == len(DOCUMENTS)
    for document in DOCUMENTS:
        row = rows[document["id"]]
        assert as_tuples(row["fixed"]) == expected_timexes(document["text"], "2025-05-09"), document
        for dct_col in DCT_COLUMNS:
            expected = expected_timexes(document["text"], document[dct_col])
            assert as_tuples(row[f"by_{dct_col}"]) == expected, (dct_col, document)
    # doc 10 has a wire dateline (10 % 5 == 0) and a null DCT (10 % 7 == 3): the dateline is used
    assert DOCUMENTS[10]["dct"] is None
    assert any(timex["anchor"] == "DCT" for timex in rows[10]["by_dct"])
    assert rows[300]["fixed"] == []  # empty text
    assert rows[301]["fixed"] is None  # null text
    assert sum(len(row["fixed"] or ()) for row in rows.values()) > 1000


def test_domain_is_passed_through(documents: Any) -> None:
    from dateline.spark import with_timexes

    subset = documents.where("id < 60")
    for domain in ("narrative", "auto"):
        subset = with_timexes(subset, dct="1999-12-31", domain=domain, output_col=domain)
    rows = {row["id"]: row for row in subset.collect()}
    for document in DOCUMENTS[:60]:
        for domain in ("narrative", "auto"):
            expected = expected_timexes(document["text"], "1999-12-31", domain)
            assert as_tuples(rows[document["id"]][domain]) == expected, (domain, document)


def test_existing_output_column_is_replaced(documents: Any) -> None:
    from dateline.spark import with_timexes

    result = with_timexes(documents.where("id < 5"), dct="2025-05-09", output_col="text")
    assert result.columns == documents.columns
    assert result.schema["text"].dataType.simpleString().startswith("array<struct<")


def test_parquet_round_trip(documents: Any, spark: Any, tmp_path: Path) -> None:
    from dateline.spark import with_timexes

    with_timexes(documents.where("id < 40"), dct_col="dct").write.parquet(str(tmp_path / "out"))
    rows = collected(spark.read.parquet(str(tmp_path / "out")))
    for document in DOCUMENTS[:40]:
        assert rows[document["id"]] == expected_timexes(document["text"], document["dct"])


def test_bad_dct_cell_fails_the_job_with_dateline_message(spark: Any) -> None:
    from dateline.spark import with_timexes

    frame = spark.createDataFrame(
        [(1, "Talks ended on May 8.", "May the 9th")], "id int, text string, dct string"
    )
    with pytest.raises(Exception, match="cannot be read"):
        with_timexes(frame, dct_col="dct").collect()


# --- timeline rows ------------------------------------------------------------------------------


def expected_events(text: str | None, dct: Any) -> list[tuple[Any, ...]]:
    from dateline.events import timeline

    if text is None:
        return []
    rows = []
    for index, event in enumerate(timeline(text, dct)):
        bounds = event.interval
        rows.append(
            (
                index,
                event.text,
                event.start,
                event.end,
                event.timex.text,
                event.value,
                event.relation,
                bounds[0] if bounds else None,
                bounds[1] if bounds else None,
                event.sentence,
            )
        )
    return rows


@pytest.mark.parametrize(("dct_col", "dct"), [("dct", None), (None, "2025-05-09")])
def test_timeline_rows_match_timeline(documents: Any, dct_col: str | None, dct: str | None) -> None:
    from dateline.spark import TIMELINE_COLUMNS, timeline_rows

    result = timeline_rows(documents, "id", "text", dct_col, dct=dct)
    assert result.columns == ["id", *TIMELINE_COLUMNS]
    assert result.schema["id"].dataType.simpleString() == "bigint"  # the id keeps its type
    assert result.schema["interval_start"].dataType.simpleString() == "timestamp_ntz"
    found: dict[int, list[tuple[Any, ...]]] = {}
    for row in result.collect():
        found.setdefault(row["id"], []).append(tuple(row)[1:])
    total = 0
    for document in DOCUMENTS:
        expected = expected_events(document["text"], document["dct"] if dct_col else dct)
        assert sorted(found.get(document["id"], [])) == expected, document
        total += len(expected)
    assert total > 300


# --- argument checks ----------------------------------------------------------------------------


def test_bad_arguments_raise_dateline_errors(documents: Any) -> None:
    from dateline.spark import timeline_rows, with_timexes

    with pytest.raises(DatelineTypeError, match=r"must be a pyspark\.sql\.DataFrame, not list"):
        with_timexes([{"text": "today"}])  # type: ignore[arg-type]
    with pytest.raises(DatelineValueError, match=r"text_col='body' is not a column.*id, text, dct"):
        with_timexes(documents, "body")
    with pytest.raises(DatelineTypeError, match="text_col must be a column name"):
        with_timexes(documents, 3)  # type: ignore[arg-type]
    with pytest.raises(DatelineTypeError, match="text_col='id' is a column of type bigint; expected string"):
        with_timexes(documents, "id")
    with pytest.raises(DatelineTypeError, match="dct_col='id' is a column of type bigint"):
        with_timexes(documents, dct_col="id")
    with pytest.raises(DatelineValueError, match="dct_col='published' is not a column"):
        with_timexes(documents, dct_col="published")
    with pytest.raises(DatelineValueError, match=r"either dct_col .* or dct"):
        with_timexes(documents, dct_col="dct", dct="2025-05-09")
    with pytest.raises(DatelineValueError, match="cannot be read"):
        with_timexes(documents, dct="next week")
    with pytest.raises(DatelineTypeError, match="dct must be"):
        with_timexes(documents, dct=20250509)  # type: ignore[arg-type]
    with pytest.raises(DatelineValueError, match="domain='sports' is not known"):
        with_timexes(documents, domain="sports")
    with pytest.raises(DatelineTypeError, match="output_col"):
        with_timexes(documents, output_col="")
    with pytest.raises(DatelineValueError, match="id_col='doc' is not a column"):
        timeline_rows(documents, "doc")
    with pytest.raises(DatelineValueError, match="id_col='value' has the name of an output column"):
        timeline_rows(documents.withColumnRenamed("id", "value"), "value")
    with pytest.raises(DatelineTypeError, match=r"must be a pyspark\.sql\.DataFrame, not str"):
        timeline_rows("articles.jsonl")  # type: ignore[arg-type]


# --- no Spark needed ----------------------------------------------------------------------------


def test_import_dateline_does_not_import_pyspark() -> None:
    code = (
        "import sys, dateline, dateline.spark\n"
        "dateline.spark.timex_records('on May 8', '2025-05-09')\n"
        "loaded = [m for m in ('pyspark', 'pandas', 'pyarrow') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_timex_records_match_annotate() -> None:
    from dateline.spark import TIMEX_FIELDS, timex_records

    for document in DOCUMENTS[:50]:
        records = timex_records(document["text"], document["dct"])
        assert [tuple(record.values()) for record in records] == expected_timexes(
            document["text"], document["dct"]
        )
        assert all(tuple(record) == TIMEX_FIELDS for record in records)
