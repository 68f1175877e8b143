"""The public entry points: check the arguments, then run the stages in order.

text → :func:`~dateline.extract.extract` (candidates) → :func:`~dateline.combine.refine` →
:func:`~dateline.resolve.resolve_all` (against the DCT and the reference time) → ``list[Timex]``.

>>> from dateline import annotate
>>> text = "Xi and Putin held talks on the 8th. He arrived the day before."
>>> [(t.text, t.value) for t in annotate(text, dct="2025-05-09")]
[('the 8th', '2025-05-08'), ('the day before', '2025-05-07')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from dateline.combine import refine
from dateline.errors import DatelineTypeError, DatelineValueError
from dateline.extract import Found, choose, in_domain, scan
from dateline.plain import PlainText, plain_text
from dateline.resolve import Candidate, DocumentContext, resolve_all
from dateline.rules import Domain, RuleSet, rules_for
from dateline.timex import Timex

DctLike = str | dt.date | dt.datetime | None
DOMAINS: tuple[str, ...] = ("news", "narrative", "auto")
DctSource = Literal["argument", "dateline", "none"]

_DCT_FORMATS = "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS], 'today', a datetime.date or a datetime.datetime"


@dataclass(frozen=True, slots=True)
class Document:
    """An annotated document: its timexes and where its publication date came from.

    Attributes:
        text: the annotated text.
        dct: the publication date used, or ``None``.
        dct_source: ``"argument"`` (the caller gave it), ``"dateline"`` (read from the text's
            opening dateline) or ``"none"``.
        domain: ``"news"`` or ``"narrative"``, as used.
        timexes: the expressions in reading order.
        dateline: the ``[start, end)`` span of the opening dateline's date, or ``None``. It is a
            timex of the text (TimeML annotates it) but dates the article, not an event.
    """

    text: str
    dct: dt.date | None
    dct_source: DctSource
    domain: Literal["news", "narrative"]
    timexes: tuple[Timex, ...]
    dateline: tuple[int, int] | None = None


def parse_dct(dct: DctLike) -> dt.datetime | None:
    """Turn a DCT argument into a naive ``datetime`` (``None`` stays ``None``).

    Aware datetimes keep their wall-clock time in their own zone; the zone itself is dropped
    because TIMEX3 values of the text are written in the document's local time.

    >>> parse_dct("2025-05-09")
    datetime.datetime(2025, 5, 9, 0, 0)
    >>> parse_dct("2025-02-30")
    Traceback (most recent call last):
    ...
    dateline.errors.DatelineValueError: dct='2025-02-30' is not a real date (...); expected ...

    Raises:
        DatelineTypeError: ``dct`` is not a str, date, datetime or None.
        DatelineValueError: the string cannot be read, or the date is out of range (years 1-9999).
    """
    if dct is None:
        return None
    if isinstance(dct, dt.datetime):
        return dct.replace(tzinfo=None)
    if isinstance(dct, dt.date):
        return dt.datetime(dct.year, dct.month, dct.day)
    if not isinstance(dct, str):
        raise DatelineTypeError(f"dct must be {_DCT_FORMATS} or None, not {type(dct).__name__}")
    text = dct.strip()
    if text.lower() == "today":
        return dt.datetime.combine(dt.date.today(), dt.time())
    match = re.fullmatch(
        r"(?P<y>[0-9]{4})-?(?P<m>[0-9]{2})-?(?P<d>[0-9]{2})"
        r"(?:[T ](?P<H>[0-9]{2}):?(?P<M>[0-9]{2})(?::?(?P<S>[0-9]{2})(?:\.[0-9]+)?)?"
        r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?",
        text,
    )
    if match is None:
        raise DatelineValueError(f"dct={dct!r} cannot be read; expected {_DCT_FORMATS}")
    try:
        return dt.datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
            int(match["S"] or 0),
        )
    except ValueError as error:
        raise DatelineValueError(
            f"dct={dct!r} is not a real date ({error}); expected {_DCT_FORMATS} with a year from 1 to 9999"
        ) from None


def _check_text(text: object) -> str:
    if isinstance(text, (bytes, bytearray)):
        raise DatelineTypeError(
            f'text must be str, not {type(text).__name__}; decode it first, e.g. data.decode("utf-8")'
        )
    if not isinstance(text, str):
        raise DatelineTypeError(f"text must be str, not {type(text).__name__}")
    return text


def _check_domain(domain: object) -> str:
    if domain not in DOMAINS:
        raise DatelineValueError(f"domain={domain!r} is not known; expected one of {', '.join(DOMAINS)}")
    return str(domain)


def _check_lang(lang: object) -> str:
    if not isinstance(lang, str):
        raise DatelineTypeError(f"lang must be a language code such as 'en', not {type(lang).__name__}")
    return lang


def annotate_document(text: str, dct: DctLike = None, *, lang: str = "en", domain: str = "news") -> Document:
    """Annotate ``text`` and report how its publication date was found.

    Without ``dct``, a news dateline at the start of the text ("MOSCOW, May 8 (Reuters) -",
    "Published: 2025-05-09") is used as the publication date; an explicit ``dct`` always wins.
    The dateline stays among the timexes, as TimeML annotates it. A dateline whose day is the day
    before ``dct`` ("PARIS, July 25 --" in the paper of July 26) is the day the story was written:
    its "today" and "this afternoon" are that day's (``Document.dct`` stays ``dct``).

    >>> document = annotate_document("May 8, 2025 — Talks ended yesterday.")
    >>> document.dct, document.dct_source, [(t.text, t.value) for t in document.timexes]
    (datetime.date(2025, 5, 8), 'dateline', [('May 8, 2025', '2025-05-08'), ('yesterday', '2025-05-07')])
    """
    text = _check_text(text)
    domain = _check_domain(domain)
    lang = _check_lang(lang)
    when = parse_dct(dct)
    plain = plain_text(text, english=lang == "en")
    document = _annotate_plain(plain.text, when, lang, domain)
    if plain.unchanged:
        return document
    return _in_original(document, text, plain)


def _in_original(document: Document, text: str, plain: PlainText) -> Document:
    """``document``, annotated on the plain copy of ``text``, with its spans in ``text``."""
    timexes = []
    for timex in document.timexes:
        start, end = plain.original_span(timex.start, timex.end)
        timexes.append(replace(timex, text=text[start:end], start=start, end=end))
    dateline_span = None if document.dateline is None else plain.original_span(*document.dateline)
    return replace(document, text=text, timexes=tuple(timexes), dateline=dateline_span)


def _dateline_day_before(
    located: tuple[Candidate, dt.datetime | None] | None, when: dt.datetime | None
) -> dt.datetime | None:
    """The day of an opening dateline that is the day before the DCT ("PARIS, July 25 --" in a
    paper of July 26), if it is one; ``None`` else."""
    if located is None or when is None:
        return None
    partial = located[0].partial
    if partial.month is None or partial.day is None or when.date() == dt.date.min:
        return None
    previous = when.date() - dt.timedelta(days=1)
    if (partial.month, partial.day) != (previous.month, previous.day):
        return None
    if partial.year is not None and partial.year != previous.year:
        return None  # (a dateline without its year takes the DCT's: "Nov. 18" in a paper of Nov. 19)
    return dt.datetime(previous.year, previous.month, previous.day)


#: The second of two apostrophes that open a quotation, as TimeBank writes one ("''The fourth
#: quarter should be fine,''"): a rule reads no word after an apostrophe, but here one starts.
#: ... and a single quotation mark that opens one, as British papers write it ("'Monday,' she
#: said", or its curly mark), at the start or after a space, a bracket or a dash, before a letter
#: (not a year's or a decade's apostrophe: "the '90s").
#: (The mark first, what stands around it after: the search skips to the marks.)
_OPENING_APOSTROPHES = re.compile(
    r"['‘](?:(?<=(?<![\w'’])'')(?=\w)|(?:(?<=\A['‘])|(?<=[\s(\[\"“—–]['‘]))(?=[A-Za-z]))"
)


def _scan_quoted(text: str, rule_set: RuleSet, domain: Domain | None) -> Found:
    """:func:`~dateline.extract.scan` over ``text``, a quotation that two apostrophes or one
    single mark open read as one a quotation mark opens (the same length: every span stays the
    text's)."""
    if "'" not in text and "‘" not in text:
        return scan(text, rule_set, domain)
    read = _OPENING_APOSTROPHES.sub('"', text)
    if read == text:
        return scan(text, rule_set, domain)
    return [
        (replace(candidate, text=text[candidate.start : candidate.end]), priority, order)
        for candidate, priority, order in scan(read, rule_set, domain)
    ]


def _annotate_plain(text: str, when: dt.datetime | None, lang: str, domain: str) -> Document:
    """The annotation of a text whose spacing is plain (:mod:`dateline.plain`)."""
    source: DctSource = "argument" if when is not None else "none"
    if lang != "en":
        # Other languages: dateparser finds and reads the dates (absolute ones, and relative
        # ones when there is a DCT); the English rule engine does everything else.
        from dateline.multilingual import annotate_foreign

        foreign = annotate_foreign(text, when, lang)
        chosen: Literal["news", "narrative"] = "narrative" if domain == "narrative" else "news"
        return Document(text, when.date() if when else None, source, chosen, tuple(foreign))
    rule_set = rules_for(lang)
    # The domain may only be known from the candidates: they are first chosen as news reads them.
    # (A domain given is the one the text is read in: the rules of the other are not even tried.)
    first_domain: Domain = "narrative" if domain == "narrative" else "news"
    found = _scan_quoted(text, rule_set, None if domain == "auto" else first_domain)
    first_found = in_domain(found, rule_set, first_domain)
    first_chosen = choose(first_found)
    candidates = refine(text, first_chosen)
    from dateline.datelines import locate_dateline

    located = locate_dateline(text, candidates)
    dateline_span = None if located is None else (located[0].start, located[0].end)
    if when is None and located is not None and located[1] is not None:
        when, source = located[1], "dateline"
    speech = when
    day_before = _dateline_day_before(located, when)
    if day_before is not None:
        # "PARIS, July 25 -- A Concorde crashed this afternoon", published on July 26: the story
        # was written on its dateline's day, which its "today" and "this afternoon" are.
        speech = day_before
    chosen_domain: Literal["news", "narrative"] = "news"
    if domain == "narrative":
        chosen_domain = "narrative"
    elif domain == "auto":
        from dateline.datelines import looks_narrative

        chosen_domain = "narrative" if looks_narrative(candidates, when, text) else "news"
    if chosen_domain != first_domain:
        own_found = in_domain(found, rule_set, chosen_domain)
        if own_found != first_found:
            # (Refined again only if the other domain's rules chose differently: where each of
            # their matches lost to a longer one, the refined candidates are the same. The lists,
            # not their lengths, are compared: one rule may gain a match where another loses one.)
            own_chosen = choose(own_found)
            if own_chosen != first_chosen:
                candidates = refine(text, own_chosen)
    context = DocumentContext(
        text=text,
        dct=speech.date() if speech is not None else None,
        dct_time=speech,
        domain=chosen_domain,
        dateline_start=None if located is None else located[0].start,
    )
    timexes = resolve_all(candidates, context)
    return Document(
        text, when.date() if when is not None else None, source, chosen_domain, tuple(timexes), dateline_span
    )


def annotate(text: str, dct: DctLike = None, *, lang: str = "en", domain: str = "news") -> list[Timex]:
    """Find every temporal expression in ``text`` and normalize it to a TIMEX3 value.

    Args:
        text: the document.
        dct: the document creation time (publication date) that relative expressions resolve
            against: ``"2025-05-09"``, a ``date``/``datetime``, ``"today"`` (the machine's date,
            only when asked) or ``None``. Without one, a news dateline at the start of the text is
            used if there is one; otherwise relative expressions get underspecified values
            (``XXXX-09``, ``XXXX-XX-08``).
        lang: the language: ``"en"`` (the rule engine), or any language code dateparser knows
            (``"de"``, ``"fr"``, ``"es"``, ...; needs the ``multilingual`` extra), where dateparser
            finds the absolute dates and, given a DCT, the relative ones, and dateline the
            amounts of time, sets and a few more forms in German, French, Spanish, Italian,
            Portuguese and Dutch.
        domain: ``"news"`` (resolve against the DCT), ``"narrative"`` (resolve against the
            story's own previous dates, for histories) or ``"auto"`` (decide from the text).

    Returns:
        The timexes in reading order; spans never overlap.

    Raises:
        DatelineTypeError: ``text`` is not a ``str`` (bytes must be decoded first), or ``dct``
            has an unsupported type.
        DatelineValueError: ``dct`` cannot be read or is not a real date; unknown ``lang`` or
            ``domain``.

    >>> [(t.text, t.type, t.value) for t in annotate("It rained for four days in January.", dct="2025-05-09")]
    [('four days', 'DURATION', 'P4D'), ('January', 'DATE', '2025-01')]
    >>> [t.value for t in annotate("They met in September.")]
    ['XXXX-09']
    """
    return list(annotate_document(text, dct, lang=lang, domain=domain).timexes)


def normalize(expression: str, dct: DctLike = None, *, lang: str = "en") -> Timex | None:
    """Normalize a single expression; ``None`` when it holds none.

    When the expression holds several, the longest one is returned.

    >>> normalize("the day after tomorrow", dct="2025-05-09").value
    '2025-05-11'
    >>> normalize("next Tuesday", dct="2025-05-09").value
    '2025-05-13'
    >>> normalize("hello") is None
    True
    """
    timexes = annotate(expression, dct, lang=lang)
    if not timexes:
        return None
    return max(timexes, key=lambda timex: (timex.end - timex.start, -timex.start))
