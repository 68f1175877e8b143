"""Run dateline inside Apache Spark: a column of timexes, and one row per timeline event.

Install the optional extra (``pip install "dateline[spark]"``: pyspark 3.5 or later, with pandas and
pyarrow) and a Java runtime that your pyspark supports. Then:

- :func:`with_timexes` adds a column ``array<struct<text, start, end, type, value, mod, anchor>>``
  with the timexes of each document;
- :func:`timeline_rows` turns a DataFrame of documents into one row per event of
  :func:`dateline.events.timeline` (document id, event text, value, relation, interval).

Both are vectorized pandas UDFs (Arrow batches, not one Python call per row) with explicit output
schemas. ``pyspark`` and ``pandas`` are imported only inside these functions, so ``import dateline``
and ``import dateline.spark`` work without them.

**Where the rules are compiled.** The UDFs carry nothing but plain strings (the fixed DCT, the
domain, column names) and functions of this module, which executors import by name rather than
unpickle. Rule objects are never pickled into the closure: the first batch a Python worker process
handles calls dateline, and :func:`dateline.rules.rules_for`, which is cached per process, compiles
the rule set there, once. Spark reuses its Python workers between tasks by default
(``spark.python.worker.reuse=true``), so the rules are compiled once per worker process, not once
per row or per batch; with worker reuse turned off they are compiled once per task.

**The per-row conversion** is plain Python and can be used (and tested) without Spark:

>>> timex_records("The talks ended on May 8.", "2025-05-09")
[{'text': 'May 8', 'start': 19, 'end': 24, 'type': 'DATE', 'value': '2025-05-08', 'mod': None,
  'anchor': 'DCT'}]
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from dateline.api import DOMAINS, DctLike, parse_dct
from dateline.errors import DatelineTypeError, DatelineValueError

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = [
    "TIMELINE_COLUMNS",
    "TIMEX_FIELDS",
    "TIMEX_SCHEMA_DDL",
    "event_records",
    "timeline_rows",
    "timeline_schema",
    "timex_records",
    "timex_schema",
    "with_timexes",
]

#: The fields of each timex struct in the column that :func:`with_timexes` adds, in order.
TIMEX_FIELDS: tuple[str, ...] = ("text", "start", "end", "type", "value", "mod", "anchor")

#: The type of that column, as Spark DDL.
TIMEX_SCHEMA_DDL = (
    "array<struct<text:string,start:int,end:int,type:string,value:string,mod:string,anchor:string>>"
)

#: The columns of :func:`timeline_rows` after the document id column, in order.
TIMELINE_COLUMNS: tuple[str, ...] = (
    "event_index",
    "event",
    "start",
    "end",
    "timex",
    "value",
    "relation",
    "interval_start",
    "interval_end",
    "sentence",
)

_INSTALL_HINT = 'dateline.spark needs pyspark, pandas and pyarrow: pip install "dateline[spark]"'

# Internal column names used between select() and the UDF; the user's names never reach it.
_ID, _TEXT, _DCT = "__dateline_id", "__dateline_text", "__dateline_dct"


# --------------------------------------------------------------------------------------------
# Plain Python: one document -> records. This is what runs on the executors, row by row.
# --------------------------------------------------------------------------------------------


def timex_records(text: str, dct: DctLike = None, *, domain: str = "news") -> list[dict[str, Any]]:
    """The timexes of one document as dictionaries with the fields of :data:`TIMEX_FIELDS`.

    This is the per-document work of :func:`with_timexes`; absent ``mod`` and ``anchor`` are
    ``None`` (null in Spark).

    >>> [(r["text"], r["value"]) for r in timex_records("It rained for four days.", "2025-05-09")]
    [('four days', 'P4D')]
    """
    import dateline

    return [
        {
            "text": timex.text,
            "start": timex.start,
            "end": timex.end,
            "type": timex.type,
            "value": timex.value,
            "mod": timex.mod,
            "anchor": timex.anchor,
        }
        for timex in dateline.annotate(text, dct, domain=domain)
    ]


def event_records(text: str, dct: DctLike = None, *, domain: str = "news") -> list[dict[str, Any]]:
    """The timeline events of one document as dictionaries keyed by :data:`TIMELINE_COLUMNS`.

    This is the per-document work of :func:`timeline_rows` (without the document id). The
    interval bounds are naive ``datetime`` objects, ``None`` when the event has no interval.

    >>> [record] = event_records("They held talks on the 8th.", "2025-05-09")
    >>> record["event"], record["timex"], record["value"], record["relation"]
    ('held talks', 'the 8th', '2025-05-08', 'ON')
    >>> record["interval_start"], record["interval_end"]
    (datetime.datetime(2025, 5, 8, 0, 0), datetime.datetime(2025, 5, 9, 0, 0))
    """
    from dateline.events import timeline

    records = []
    for index, event in enumerate(timeline(text, dct, domain=domain)):
        bounds = event.interval
        records.append(
            {
                "event_index": index,
                "event": event.text,
                "start": event.start,
                "end": event.end,
                "timex": event.timex.text,
                "value": event.value,
                "relation": event.relation,
                "interval_start": bounds[0] if bounds is not None else None,
                "interval_end": bounds[1] if bounds is not None else None,
                "sentence": event.sentence,
            }
        )
    return records


def _is_missing(value: object) -> bool:
    """True for ``None``, ``NaN``, ``NaT`` and ``pd.NA`` (what Arrow → pandas gives for null)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pd.NaT and pd.NA: compare by type name so that this needs no pandas import.
    return type(value).__name__ in ("NaTType", "NAType")


def _row_dct(value: object) -> DctLike:
    """A DCT cell (string, date, timestamp or null, as Arrow hands it over) as a dateline DCT."""
    if _is_missing(value):
        return None
    to_datetime = getattr(value, "to_pydatetime", None)  # pd.Timestamp -> a plain datetime
    if to_datetime is not None:
        result: dt.datetime = to_datetime()
        return result
    if isinstance(value, (str, dt.date)):
        return value
    raise DatelineTypeError(f"a DCT cell must be a string, a date or a timestamp, not {type(value).__name__}")


def _timex_batch(texts: pd.Series, dcts: pd.Series | None, fixed_dct: str | None, domain: str) -> pd.Series:
    """One Arrow batch of :func:`with_timexes`: a Series of texts -> a Series of timex lists."""
    import pandas as pd

    results: list[list[dict[str, Any]] | None] = []
    for position, text in enumerate(texts):
        if not isinstance(text, str):  # null text -> null column value
            results.append(None)
            continue
        dct = fixed_dct if dcts is None else _row_dct(dcts.iat[position])
        results.append(timex_records(text, dct, domain=domain))
    return pd.Series(results, index=texts.index, dtype=object)


def _timeline_batch(
    batch: pd.DataFrame, id_name: str, has_dct_col: bool, fixed_dct: str | None, domain: str
) -> pd.DataFrame:
    """One Arrow batch of :func:`timeline_rows`: documents -> one row per event."""
    import pandas as pd

    columns: dict[str, list[Any]] = {name: [] for name in (id_name, *TIMELINE_COLUMNS)}
    dcts = batch[_DCT] if has_dct_col else None
    for position, (doc_id, text) in enumerate(zip(batch[_ID], batch[_TEXT], strict=True)):
        if not isinstance(text, str):  # null text: no events
            continue
        dct = fixed_dct if dcts is None else _row_dct(dcts.iat[position])
        for record in event_records(text, dct, domain=domain):
            columns[id_name].append(doc_id)
            for name in TIMELINE_COLUMNS:
                columns[name].append(record[name])
    # object columns: Arrow converts them with the schema's types; timestamps of any year 1-9999
    # survive (pandas' datetime64[ns] would not hold years before 1677).
    return pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()})


# --------------------------------------------------------------------------------------------
# Spark side: argument checks, schemas and the UDFs.
# --------------------------------------------------------------------------------------------


def _import_pyspark() -> None:
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as error:
        raise ImportError(f"{_INSTALL_HINT} ({error})") from error


def timex_schema() -> DataType:
    """The Spark type of the column that :func:`with_timexes` adds (see :data:`TIMEX_SCHEMA_DDL`)."""
    _import_pyspark()
    from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

    types = {"start": IntegerType(), "end": IntegerType()}
    return ArrayType(
        StructType(
            [StructField(name, types.get(name, StringType()), nullable=True) for name in TIMEX_FIELDS]
        ),
        containsNull=False,
    )


def timeline_schema(id_name: str = "id", id_type: DataType | None = None) -> StructType:
    """The schema of :func:`timeline_rows`: the id column (``id_type``, default string), then
    :data:`TIMELINE_COLUMNS`; interval bounds are ``timestamp_ntz`` (wall-clock, no time zone)."""
    _import_pyspark()
    from pyspark.sql.types import (
        IntegerType,
        StringType,
        StructField,
        StructType,
        TimestampNTZType,
    )

    types: dict[str, DataType] = {
        "event_index": IntegerType(),
        "start": IntegerType(),
        "end": IntegerType(),
        "interval_start": TimestampNTZType(),
        "interval_end": TimestampNTZType(),
    }
    fields = [StructField(id_name, id_type if id_type is not None else StringType(), nullable=True)]
    fields += [StructField(name, types.get(name, StringType()), nullable=True) for name in TIMELINE_COLUMNS]
    return StructType(fields)


def _check_dataframe(df: object) -> DataFrame:
    _import_pyspark()
    from pyspark.sql import DataFrame

    classes: tuple[type, ...] = (DataFrame,)
    # Spark Connect's DataFrame is not a subclass of the classic one in pyspark 3.5. Look it up
    # only if it is loaded (a Connect DataFrame implies it): importing it needs grpc, and without
    # grpc pyspark 4 calls sys.exit() when it mistakes the program (`python -c ...`) for doctests.
    connect = sys.modules.get("pyspark.sql.connect.dataframe")
    if connect is not None:
        classes += (connect.DataFrame,)
    if not isinstance(df, classes):
        raise DatelineTypeError(f"df must be a pyspark.sql.DataFrame, not {type(df).__name__}")
    return df  # type: ignore[return-value]


def _check_column(df: DataFrame, argument: str, name: object, allowed: tuple[str, ...]) -> DataType:
    """Check that ``name`` is a top-level column of ``df`` whose type is one of ``allowed``
    (type names such as ``"string"``; empty = any); return its type."""
    if not isinstance(name, str):
        raise DatelineTypeError(f"{argument} must be a column name (str), not {type(name).__name__}")
    fields = {field.name: field for field in df.schema.fields}
    if name not in fields:
        raise DatelineValueError(
            f"{argument}={name!r} is not a column of the DataFrame; its columns are: "
            + (", ".join(fields) or "(none)")
        )
    data_type = fields[name].dataType
    if allowed and data_type.typeName() not in allowed:
        raise DatelineTypeError(
            f"{argument}={name!r} is a column of type {data_type.simpleString()}; "
            f"expected {' or '.join(allowed)}"
        )
    return data_type


def _check_domain(domain: object) -> str:
    if not isinstance(domain, str) or domain not in DOMAINS:
        raise DatelineValueError(f"domain={domain!r} is not known; expected one of {', '.join(DOMAINS)}")
    return domain


def _fixed_dct(dct: DctLike, dct_col: str | None) -> str | None:
    """Check ``dct`` on the driver and turn it into a plain ISO string for the UDF closure."""
    if dct is not None and dct_col is not None:
        raise DatelineValueError(
            "give either dct_col (a DCT per row) or dct (one DCT for all rows), not both"
        )
    when = parse_dct(dct)  # raises DatelineTypeError / DatelineValueError on the driver
    if when is None:
        return None
    # "today" is resolved once, here, so that every executor uses the same date.
    return when.isoformat() if when.time() != dt.time() else when.date().isoformat()


def _quoted(name: str) -> str:
    """A column reference that takes ``name`` literally (dots and backticks included)."""
    return "`" + name.replace("`", "``") + "`"


_DCT_TYPES = ("string", "date", "timestamp", "timestamp_ntz")


def with_timexes(
    df: DataFrame,
    text_col: str = "text",
    dct_col: str | None = None,
    *,
    dct: DctLike = None,
    domain: str = "news",
    output_col: str = "timexes",
) -> DataFrame:
    """Add a column with the timexes of each row's text, as :func:`dateline.annotate` finds them.

    Args:
        df: the documents.
        text_col: the name of the string column with the text.
        dct_col: the name of a column with each row's publication date: strings that
            :func:`dateline.parse_dct` reads (``"2025-05-09"``, ``"2025-05-09T14:30"``), dates or
            timestamps (read as wall-clock time in the session time zone). A null DCT means none:
            dateline then looks for a news dateline at the start of the text.
        dct: one publication date for every row instead (a string, ``date`` or ``datetime``);
            checked here, on the driver. ``"today"`` is the driver's date.
        domain: ``"news"``, ``"narrative"`` or ``"auto"``, as in :func:`dateline.annotate`.
        output_col: the name of the new column; an existing column of that name is replaced, as
            with ``DataFrame.withColumn``.

    Returns:
        ``df`` with ``output_col`` of type :data:`TIMEX_SCHEMA_DDL`: the timexes in reading order,
        ``[]`` for a text without any, null for a null text.

    Raises:
        DatelineTypeError: ``df`` is not a Spark DataFrame, a column name is not a string, the text
            column is not a string column, the DCT column is not a string, date or timestamp column,
            or ``dct`` has an unsupported type.
        DatelineValueError: an unknown column, both ``dct_col`` and ``dct``, an unreadable ``dct``,
            or an unknown ``domain``.
        ImportError: pyspark, pandas or pyarrow is not installed.

    A DCT cell that cannot be read fails the Spark task with dateline's message (the job then
    raises a ``PythonException`` that contains it); clean such columns first, for example with
    ``to_date``.

    Example (needs a SparkSession, so it is not run as a doctest)::

        from dateline.spark import with_timexes

        articles = spark.read.json("articles/")  # {"id": ..., "date": "2025-05-09", "text": ...}
        annotated = with_timexes(articles, "text", "date")
        annotated.selectExpr("id", "inline(timexes)").show()
    """
    df = _check_dataframe(df)
    _check_column(df, "text_col", text_col, ("string",))
    if dct_col is not None:
        _check_column(df, "dct_col", dct_col, _DCT_TYPES)
    fixed = _fixed_dct(dct, dct_col)
    chosen_domain = _check_domain(domain)
    if not isinstance(output_col, str) or not output_col:
        raise DatelineTypeError(f"output_col must be a non-empty column name (str), not {output_col!r}")

    from pyspark.sql.functions import col, pandas_udf

    schema = timex_schema()
    if dct_col is None:
        udf = pandas_udf(_series_udf_body(fixed, chosen_domain), schema)  # type: ignore[call-overload]
        column = udf(col(_quoted(text_col)))
    else:
        udf = pandas_udf(_series_udf_body_with_dct(chosen_domain), schema)  # type: ignore[call-overload]
        column = udf(col(_quoted(text_col)), col(_quoted(dct_col)))
    return df.withColumn(output_col, column)


def _series_udf_body(fixed_dct: str | None, domain: str) -> Any:
    """The Series → Series function of :func:`with_timexes` with a fixed (or no) DCT.

    The closure holds two strings; the function it calls is pickled by reference (module name and
    function name), so executors import this module and compile the rules themselves.
    """
    import pandas as pd

    def annotate_batch(texts: pd.Series) -> pd.Series:
        return _timex_batch(texts, None, fixed_dct, domain)

    # pyspark reads the type hints to choose the UDF kind: give it real classes, not strings.
    annotate_batch.__annotations__ = {"texts": pd.Series, "return": pd.Series}
    return annotate_batch


def _series_udf_body_with_dct(domain: str) -> Any:
    """The (Series, Series) → Series function of :func:`with_timexes` with a DCT column."""
    import pandas as pd

    def annotate_batch(texts: pd.Series, dcts: pd.Series) -> pd.Series:
        return _timex_batch(texts, dcts, None, domain)

    annotate_batch.__annotations__ = {"texts": pd.Series, "dcts": pd.Series, "return": pd.Series}
    return annotate_batch


def timeline_rows(
    df: DataFrame,
    id_col: str = "id",
    text_col: str = "text",
    dct_col: str | None = None,
    *,
    dct: DctLike = None,
    domain: str = "news",
) -> DataFrame:
    """One row per event of :func:`dateline.events.timeline` for every document of ``df``.

    Args:
        df: the documents.
        id_col: the column that identifies a document; it is copied, with its name and type, into
            every event row.
        text_col, dct_col, dct, domain: as in :func:`with_timexes`.

    Returns:
        A DataFrame with the schema of :func:`timeline_schema`: ``id_col``, then ``event_index``
        (the event's place in its document's timeline, from 0: time order), ``event`` (the
        trigger's text), ``start`` and ``end`` (its offsets), ``timex`` (the text of the
        expression that dates it), ``value`` (its TIMEX3 value, ``X/Y`` for a range),
        ``relation`` (``ON``, ``BEGINS``, ``ENDS``, ``DURING``, ``BEFORE``, ``AFTER``),
        ``interval_start`` / ``interval_end`` (``timestamp_ntz``, wall-clock time of the
        document; null when the event has no concrete interval) and ``sentence`` (the sentence
        holding the trigger). Documents without events, or with a null text, give no rows.

    Raises:
        DatelineTypeError, DatelineValueError, ImportError: as in :func:`with_timexes`; also a
            ``DatelineValueError`` when ``id_col`` has the name of an output column.

    It runs as ``mapInPandas`` over Arrow batches of (id, text, DCT) only; the other columns of
    ``df`` are not sent to Python. Example (needs a SparkSession, so it is not run)::

        from dateline.spark import timeline_rows

        events = timeline_rows(spark.read.json("articles/"), "id", "text", "date")
        events.where("interval_start IS NOT NULL").orderBy("interval_start").show()
    """
    df = _check_dataframe(df)
    id_type = _check_column(df, "id_col", id_col, ())
    if id_col in TIMELINE_COLUMNS:
        raise DatelineValueError(
            f"id_col={id_col!r} has the name of an output column; rename it first "
            f"(the output columns are {', '.join(TIMELINE_COLUMNS)})"
        )
    _check_column(df, "text_col", text_col, ("string",))
    if dct_col is not None:
        _check_column(df, "dct_col", dct_col, _DCT_TYPES)
    fixed = _fixed_dct(dct, dct_col)
    chosen_domain = _check_domain(domain)

    from pyspark.sql.functions import col

    selected = [col(_quoted(id_col)).alias(_ID), col(_quoted(text_col)).alias(_TEXT)]
    if dct_col is not None:
        selected.append(col(_quoted(dct_col)).alias(_DCT))
    schema = timeline_schema(id_col, id_type)
    body = _timeline_body(id_col, dct_col is not None, fixed, chosen_domain)
    return df.select(*selected).mapInPandas(body, schema)


def _timeline_body(id_name: str, has_dct_col: bool, fixed_dct: str | None, domain: str) -> Any:
    """The iterator-of-DataFrames function of :func:`timeline_rows` (plain values in its closure)."""

    def timeline_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            yield _timeline_batch(batch, id_name, has_dct_col, fixed_dct, domain)

    return timeline_batches
