"""Annotate many documents: in order, streamed, on several cores.

:func:`annotate_many` reads an iterable of texts (or ``(text, dct)`` pairs) lazily and yields
one ``list[Timex]`` per document, in input order, exactly what :func:`dateline.annotate` gives
for it. With more than one worker, documents travel in chunks (a few tens of thousands of
characters each) to a pool of processes; at most a few chunks per worker are in flight, so memory
stays bounded however long the input is, and a generator input is read only as fast as results
are consumed.

>>> import dateline
>>> texts = ["Talks ended yesterday.", ("They meet on Tuesday.", "2025-05-09")]
>>> for timexes in dateline.annotate_many(texts, dct="2025-01-08", workers=1):
...     print([(t.text, t.value) for t in timexes])
[('yesterday', '2025-01-07')]
[('Tuesday', '2025-05-13')]
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dateline.api import DctLike, annotate, parse_dct
from dateline.errors import DatelineError, DatelineTypeError, DatelineValueError
from dateline.timex import Timex

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["annotate_many"]

DocumentLike = str | tuple[str, DctLike]

#: A chunk is sent to a worker once it holds this many characters or documents.
CHUNK_CHARACTERS = 64_000
CHUNK_DOCUMENTS = 256
#: Chunks in flight per worker: enough to keep every worker busy while results are read.
IN_FLIGHT_PER_WORKER = 3

# A document as it travels: its text and its publication date, read already; or the error
# reading it raised, kept in its place so that it is raised where the document would be.
_Item = tuple[str, object] | BaseException


def annotate_many(
    docs: Iterable[DocumentLike],
    *,
    workers: int | None = None,
    dct: DctLike = None,
    domain: str = "news",
    lang: str = "en",
) -> Iterator[list[Timex]]:
    """Annotate every document of ``docs``; yield their timexes in input order, as they are done.

    Args:
        docs: texts, or ``(text, dct)`` pairs whose ``dct`` overrides the ``dct`` argument for
            that document (a pair's ``None`` falls back to it). Read lazily: a generator works,
            and is consumed only a few chunks ahead of the results.
        workers: processes to use; ``None`` is one per CPU (:func:`os.cpu_count`), ``1`` works
            in this process without a pool.
        dct: the publication date of documents that do not give their own (see
            :func:`dateline.annotate`).
        domain: ``"news"``, ``"narrative"`` or ``"auto"``, as for :func:`dateline.annotate`.
        lang: the language; ``"en"``.

    Yields:
        One ``list[Timex]`` per document, equal to ``dateline.annotate(text, dct, lang=lang,
        domain=domain)``.

    Raises:
        DatelineTypeError: a document is neither a ``str`` nor a ``(text, dct)`` pair, its text
            is not a ``str`` or its DCT has an unsupported type; ``workers`` is not an integer.
        DatelineValueError: a DCT cannot be read; ``workers`` is below 1; unknown ``lang`` or
            ``domain``. An error about a document is raised when its turn comes, after the
            results of the documents before it.

    >>> pairs = [("He arrived the day before.", "2025-05-09"), ("No dates here.", None)]
    >>> [[t.value for t in timexes] for timexes in annotate_many(pairs, workers=2)]
    [['2025-05-08'], []]
    >>> next(annotate_many([b"bytes"], workers=1))
    Traceback (most recent call last):
    ...
    dateline.errors.DatelineTypeError: document 0: text must be str, not bytes; decode it first, ...
    """
    count = _check_workers(workers)
    annotate("", lang=lang, domain=domain)  # checks lang and domain now; builds the rules once
    default = _read_dct(dct, "dct")
    items = (_read_item(index, doc, default) for index, doc in enumerate(docs))
    if count == 1:
        return _serial(items, lang, domain)
    return _parallel(items, count, lang, domain)


def _check_workers(workers: object) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise DatelineTypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 1:
        raise DatelineValueError(f"workers={workers} must be at least 1 (or None: one per CPU)")
    return workers


def _read_dct(dct: object, what: str) -> object:
    try:
        return parse_dct(dct)  # type: ignore[arg-type]
    except DatelineError as error:
        raise type(error)(f"{what}: {error}") from None


def _read_item(index: int, doc: object, default: object) -> _Item:
    """``(text, dct)`` for one input document, or the typed error it deserves."""
    where = f"document {index}"
    dct = default
    if isinstance(doc, tuple | list) and not isinstance(doc, str):
        if len(doc) != 2:
            return DatelineTypeError(f"{where}: a pair must be (text, dct), not {len(doc)} items")
        doc, given = doc
        if given is not None:
            try:
                dct = _read_dct(given, f"{where}: dct")
            except DatelineError as error:
                return error
    if isinstance(doc, bytes | bytearray):
        return DatelineTypeError(
            f"{where}: text must be str, not {type(doc).__name__}; decode it first, e.g. data.decode('utf-8')"
        )
    if not isinstance(doc, str):
        return DatelineTypeError(f"{where}: text must be str or a (text, dct) pair, not {type(doc).__name__}")
    return (doc, dct)


def _annotate_item(item: _Item, lang: str, domain: str) -> list[Timex]:
    if isinstance(item, BaseException):
        raise item
    text, dct = item
    return annotate(text, dct, lang=lang, domain=domain)  # type: ignore[arg-type]


def _serial(items: Iterable[_Item], lang: str, domain: str) -> Iterator[list[Timex]]:
    for item in items:
        yield _annotate_item(item, lang, domain)


def _annotate_chunk(chunk: list[_Item], lang: str, domain: str) -> list[list[Timex] | BaseException]:
    """Run in a worker: every document of a chunk, each error kept in its document's place."""
    results: list[list[Timex] | BaseException] = []
    for item in chunk:
        try:
            results.append(_annotate_item(item, lang, domain))
        except Exception as error:  # re-raised in the caller's process, in order
            results.append(error)
    return results


def _start_worker(lang: str) -> None:
    """Build the rules (and their start analysis) once per worker, before the first chunk."""
    import gc

    _prepare(lang)
    annotate("May 8, 2025", lang=lang)
    gc.freeze()  # the rules live as long as the worker: keep them out of every collection


def _prepare(lang: str) -> None:
    """Compile the rule set of ``lang`` and build its start analysis, if it has one."""
    from dateline.extract import prepare
    from dateline.rules import rules_for

    with contextlib.suppress(DatelineError):  # a language the rule engine does not cover
        prepare(rules_for(lang))


def _chunks(items: Iterable[_Item]) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item[0]) if isinstance(item, tuple) else 0
        if size >= CHUNK_CHARACTERS or len(chunk) >= CHUNK_DOCUMENTS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _parallel(items: Iterable[_Item], workers: int, lang: str, domain: str) -> Iterator[list[Timex]]:
    from concurrent.futures import ProcessPoolExecutor  # only when a pool is used: keeps imports fast

    _prepare(lang)  # built once here, inherited by workers that start as forks
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(lang,))
    pending: deque[Future[list[list[Timex] | BaseException]]] = deque()
    try:
        for chunk in _chunks(items):
            pending.append(pool.submit(_annotate_chunk, chunk, lang, domain))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from _unpack(pending.popleft().result())
        while pending:
            yield from _unpack(pending.popleft().result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _unpack(results: list[list[Timex] | BaseException]) -> Iterator[list[Timex]]:
    for result in results:
        if isinstance(result, BaseException):
            raise result
        yield result
