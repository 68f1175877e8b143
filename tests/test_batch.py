"""annotate_many: the same timexes as annotate, in input order, streamed, in one or more processes."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

import dateline
from dateline import batch
from dateline.errors import DatelineTypeError, DatelineValueError

TEXTS = [
    "Xi and Putin held talks on the 8th. Xi arrived the day before for a four-day visit.",
    "They are scheduled to meet again in September.",
    "",
    "No dates here at all.",
    "MOSCOW, May 8 (Reuters) - Talks ended yesterday, officials said.",
    "Prices rose late last year and will fall next month, at 3 p.m. EST on Friday.",
    "The war lasted from 1939 to 1945; the 1990s were calmer, every Monday at noon.",
    "Two weeks ago the board met; three years earlier it had met twice a year.",
]
DCTS = ["2025-05-09", None, dt.date(1998, 1, 8), dt.datetime(2020, 2, 29, 15, 30), "1998-01-08T10:00"]


def _documents(count: int) -> list[tuple[str, object]]:
    return [(TEXTS[n % len(TEXTS)] + f" Item {n}.", DCTS[n % len(DCTS)]) for n in range(count)]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of three documents, so that a short input makes many chunks and fills the pool."""
    monkeypatch.setattr(batch, "CHUNK_DOCUMENTS", 3)
    monkeypatch.setattr(batch, "IN_FLIGHT_PER_WORKER", 2)


@pytest.mark.parametrize("workers", [1, 2])
def test_same_as_annotate_in_order(workers: int, small_chunks: None) -> None:
    documents = _documents(40)
    expected = [dateline.annotate(text, dct) for text, dct in documents]  # type: ignore[arg-type]
    assert list(dateline.annotate_many(documents, workers=workers)) == expected
    assert any(expected)


@pytest.mark.parametrize("workers", [1, 2])
def test_texts_with_a_default_dct_and_pairs_that_override_it(workers: int) -> None:
    docs = [
        "Talks ended yesterday.",
        ("Talks ended yesterday.", "2025-05-09"),
        ("Talks ended yesterday.", None),
    ]
    results = list(dateline.annotate_many(docs, dct="2020-01-02", workers=workers))
    assert [[t.value for t in timexes] for timexes in results] == [
        ["2020-01-01"],
        ["2025-05-08"],
        ["2020-01-01"],
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_domain_and_lang_are_passed_on(workers: int) -> None:
    text = "The war began in 1939. Two years later, the city fell."
    expected = dateline.annotate(text, "2009-12-19", domain="narrative")
    assert list(dateline.annotate_many([text], dct="2009-12-19", domain="narrative", workers=workers)) == [
        expected
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_generator_input_is_streamed(workers: int, small_chunks: None) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield f"Talks ended on May {n % 28 + 1}."

    results = dateline.annotate_many(endless(), dct="2025-06-01", workers=workers)
    first = list(itertools.islice(results, 10))
    assert [timexes[0].value for timexes in first] == [f"2025-05-{n + 1:02d}" for n in range(10)]
    # Only a bounded number of documents is read ahead of the results.
    assert pulled <= 10 + workers * batch.IN_FLIGHT_PER_WORKER * batch.CHUNK_DOCUMENTS
    results.close()  # type: ignore[attr-defined]


def test_an_empty_input_gives_nothing() -> None:
    assert list(dateline.annotate_many([], workers=2)) == []
    assert list(dateline.annotate_many(iter(()), workers=1)) == []


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (b"bytes", DatelineTypeError, "document 2: text must be str, not bytes"),
        (42, DatelineTypeError, "document 2: text must be str or a (text, dct) pair, not int"),
        (("text", "2025-05-09", "extra"), DatelineTypeError, "document 2: a pair must be (text, dct)"),
        (("text", "2025-02-30"), DatelineValueError, "document 2: dct: dct='2025-02-30' is not a real date"),
        (("text", 3.5), DatelineTypeError, "document 2: dct: dct must be"),
        ((None, "2025-05-09"), DatelineTypeError, "document 2: text must be str or a (text, dct) pair"),
    ],
)
def test_a_bad_document_raises_a_typed_error_in_its_turn(
    workers: int, bad: object, error: type[Exception], message: str, small_chunks: None
) -> None:
    docs = ["It rained yesterday.", "It rained today.", bad, "It rained on Monday."]
    results = dateline.annotate_many(docs, dct="2025-05-09", workers=workers)  # type: ignore[arg-type]
    assert [t.text for t in next(results)] == ["yesterday"]
    assert [t.text for t in next(results)] == ["today"]
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        next(results)


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"workers": 0}, DatelineValueError),
        ({"workers": 1.5}, DatelineTypeError),
        ({"workers": True}, DatelineTypeError),
        ({"domain": "poetry"}, DatelineValueError),
        ({"dct": "yesterday-ish"}, DatelineValueError),
        ({"dct": 20250509}, DatelineTypeError),
    ],
)
def test_bad_arguments_raise_at_the_call(arguments: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        dateline.annotate_many(["today"], **arguments)  # type: ignore[arg-type]


def test_one_worker_per_cpu_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1)
    results = dateline.annotate_many(["It rained yesterday."], dct="2025-05-09")
    assert [[t.value for t in timexes] for timexes in results] == [["2025-05-08"]]
