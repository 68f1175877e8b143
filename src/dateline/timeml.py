"""Read and write TimeML documents, treating the XML as untrusted.

:func:`parse_timeml` and :func:`read_timeml` turn a TimeML document into a
:class:`TimeMLDocument`: its id, its creation time (DCT), the plain text of ``<TEXT>`` and the gold
TIMEX3 annotations as :class:`~dateline.timex.Timex` records with character offsets into that text.
:func:`write_timeml` does the reverse, and :func:`iter_corpus` reads every ``*.tml`` under a folder.

The plain text is everything between ``<TEXT>`` and ``</TEXT>`` as it stands, leading newlines
included, with the tags inside removed (their content kept) and XML entities unescaped. As in any
XML parser, line ends are normalized (``\\r\\n`` and a lone ``\\r`` read as ``\\n``).

Documents are parsed with :mod:`xml.parsers.expat` directly. Entity declarations (internal or
external, general or parameter), document type declarations with an internal subset or an external
DTD, and external entity references are refused with :class:`~dateline.errors.TimeMLError` before
anything is expanded, so an entity bomb or a ``SYSTEM "file:///etc/passwd"`` reference never gets
to do anything.

>>> doc = parse_timeml(
...     '<TimeML><DOCID>d1</DOCID><TEXT>Rates rose &amp; fell on '
...     '<TIMEX3 tid="t1" type="DATE" value="1998-01-08">Thursday</TIMEX3>.</TEXT></TimeML>'
... )
>>> doc.text
'Rates rose & fell on Thursday.'
>>> [(t.text, t.start, t.end, t.value) for t in doc.timexes]
[('Thursday', 21, 29, '1998-01-08')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from xml.parsers import expat

from dateline.errors import DatelineTypeError, DatelineValueError, TimeMLError
from dateline.timex import Mod, Timex, TimexType

__all__ = [
    "TimeMLDocument",
    "iter_corpus",
    "parse_timeml",
    "read_timeml",
    "write_timeml",
]


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML document: id, creation time, plain text and gold timexes.

    Attributes:
        doc_id: the content of ``<DOCID>``, else the name the document was read under (the file
            name without ``.tml``), else ``""``.
        dct: the value of the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (``"1998-01-08"``),
            or ``None`` when the document has none.
        text: the plain text of ``<TEXT>`` (see the module documentation).
        timexes: the non-empty TIMEX3 elements inside ``<TEXT>``, in document order, as
            :class:`~dateline.timex.Timex` records with offsets into :attr:`text` and
            ``rule="gold"``. ``anchor`` is ``"DCT"`` when ``anchorTimeID`` names the DCT and
            ``"tN"`` (the N-th timex of the text) when it names another timex of the text.

    >>> doc = TimeMLDocument("d1", "2025-05-09", "today", ())
    >>> doc.dct, doc.timexes
    ('2025-05-09', ())
    """

    doc_id: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...] = field(default=())


_REFUSAL = "refusing entity declarations in untrusted TimeML"


@dataclass(slots=True)
class _OpenTimex:
    start: int
    attributes: dict[str, str]


@dataclass(slots=True)
class _ClosedTimex:
    start: int
    end: int
    attributes: dict[str, str]


@dataclass(slots=True)
class _State:
    source: str
    stack: list[str] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    text_length: int = 0
    text_seen: bool = False
    text_closed: bool = False
    docid_parts: list[str] | None = None
    docid: str | None = None
    dct: str | None = None
    dct_tids: set[str] = field(default_factory=set)
    open_timexes: list[_OpenTimex] = field(default_factory=list)
    closed_timexes: list[_ClosedTimex] = field(default_factory=list)

    @property
    def in_text(self) -> bool:
        return self.text_seen and not self.text_closed


def _refuse(source: str, what: str) -> TimeMLError:
    return TimeMLError(f"{_REFUSAL} ({source}): {what}; TimeML documents need no DTD or entities")


def _make_parser(state: _State) -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    source = state.source

    def doctype(name: str, system_id: str | None, public_id: str | None, internal: int) -> None:
        if internal:
            raise _refuse(source, f"<!DOCTYPE {name}> has an internal subset")
        if system_id or public_id:
            raise _refuse(source, f"<!DOCTYPE {name}> names an external DTD ({system_id!r})")

    def entity_declaration(name: str, is_parameter: int, *_: object) -> None:
        kind = "parameter entity" if is_parameter else "entity"
        raise _refuse(source, f"the document declares the {kind} {name!r}")

    def unparsed_entity(name: str, *_: object) -> None:
        raise _refuse(source, f"the document declares the unparsed entity {name!r}")

    def external_entity(context: str | None, base: str | None, system_id: str | None, *_: object) -> int:
        raise _refuse(source, f"the document refers to the external entity {system_id!r}")

    def skipped_entity(name: str, is_parameter: int) -> None:
        raise _refuse(source, f"the document refers to the undeclared entity {name!r}")

    def start(name: str, attributes: dict[str, str]) -> None:
        state.stack.append(name)
        if name == "TEXT" and not state.text_seen:
            state.text_seen = True
            state.stack[-1] = "\0TEXT"  # marks the <TEXT> that is being read
        elif name == "TEXT" and state.in_text:
            raise TimeMLError(f"{source}: <TEXT> inside <TEXT>")
        elif name == "TEXT":
            raise TimeMLError(f"{source}: more than one <TEXT> element")
        elif name == "DOCID" and state.docid is None:
            state.docid_parts = []
        elif name == "TIMEX3":
            if attributes.get("functionInDocument") == "CREATION_TIME":
                if state.dct is None and attributes.get("value"):
                    state.dct = attributes["value"]
                if attributes.get("tid"):
                    state.dct_tids.add(attributes["tid"])
                state.stack[-1] = "\0DCT"
            elif state.in_text:
                state.open_timexes.append(_OpenTimex(state.text_length, dict(attributes)))

    def end(name: str) -> None:
        marker = state.stack.pop()
        if marker == "\0TEXT":
            state.text_closed = True
        elif name == "DOCID" and state.docid_parts is not None:
            state.docid = "".join(state.docid_parts).strip()
            state.docid_parts = None
        elif marker == "TIMEX3" and state.in_text:
            opened = state.open_timexes.pop()
            if state.text_length > opened.start:
                state.closed_timexes.append(_ClosedTimex(opened.start, state.text_length, opened.attributes))

    def characters(data: str) -> None:
        if state.in_text:
            state.text_parts.append(data)
            state.text_length += len(data)
        if state.docid_parts is not None:
            state.docid_parts.append(data)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity_declaration
    parser.UnparsedEntityDeclHandler = unparsed_entity
    parser.ExternalEntityRefHandler = external_entity
    parser.SkippedEntityHandler = skipped_entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    return parser


def _anchor(tid: str | None, dct_tids: set[str], positions: dict[str, int]) -> str | None:
    if not tid:
        return None
    if tid in dct_tids:
        return "DCT"
    if tid in positions:
        return f"t{positions[tid]}"
    return None


def _parse(data: str | bytes, doc_id: str | None, source: str) -> TimeMLDocument:
    if not isinstance(data, (str, bytes)):
        raise DatelineTypeError(
            f"TimeML must be str or bytes, not {type(data).__name__}; read the file first "
            "or use read_timeml(path)"
        )
    state = _State(source)
    parser = _make_parser(state)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise TimeMLError(
            f"{source}: malformed XML at line {error.lineno}, column {error.offset}: "
            f"{expat.ErrorString(error.code)}"
        ) from None
    except (ValueError, LookupError) as error:
        if isinstance(error, TimeMLError):
            raise
        raise TimeMLError(f"{source}: cannot read the document: {error}") from None
    if not state.text_seen:
        raise TimeMLError(f"{source}: no <TEXT> element; a TimeML document needs one")
    text = "".join(state.text_parts)
    positions = {
        closed.attributes["tid"]: number
        for number, closed in enumerate(state.closed_timexes, start=1)
        if closed.attributes.get("tid")
    }
    timexes = tuple(
        Timex(
            text=text[closed.start : closed.end],
            start=closed.start,
            end=closed.end,
            type=cast(TimexType, closed.attributes.get("type", "")),
            value=closed.attributes.get("value", ""),
            mod=cast("Mod | None", closed.attributes.get("mod") or None),
            freq=closed.attributes.get("freq") or None,
            quant=closed.attributes.get("quant") or None,
            anchor=_anchor(closed.attributes.get("anchorTimeID"), state.dct_tids, positions),
            rule="gold",
        )
        for closed in state.closed_timexes
    )
    return TimeMLDocument(
        doc_id=state.docid or doc_id or "",
        dct=state.dct,
        text=text,
        timexes=timexes,
    )


def parse_timeml(xml: str | bytes, *, doc_id: str | None = None) -> TimeMLDocument:
    """Parse a TimeML document given as a string (or as bytes in the declared encoding).

    Args:
        xml: the document.
        doc_id: the id to use when the document has no ``<DOCID>``; also names the document in
            error messages.

    Raises:
        TimeMLError: the XML is malformed, declares entities or a DTD (refused: the input is
            untrusted), or has no ``<TEXT>``.

    >>> doc = parse_timeml(
    ...     '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
    ...     'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>'
    ...     '<TEXT>\\nIt <EVENT eid="e1">fell</EVENT> '
    ...     '<TIMEX3 tid="t1" type="DATE" value="PAST_REF" anchorTimeID="t0">recently</TIMEX3>.'
    ...     '</TEXT></TimeML>',
    ...     doc_id="example",
    ... )
    >>> doc.doc_id, doc.dct, doc.text
    ('example', '1998-01-08', '\\nIt fell recently.')
    >>> timex = doc.timexes[0]
    >>> timex.text, timex.start, timex.end, timex.type, timex.value, timex.anchor, timex.rule
    ('recently', 9, 17, 'DATE', 'PAST_REF', 'DCT', 'gold')
    >>> parse_timeml('<!DOCTYPE x [<!ENTITY a "b">]><TimeML><TEXT>&a;</TEXT></TimeML>')
    Traceback (most recent call last):
    ...
    dateline.errors.TimeMLError: refusing entity declarations in untrusted TimeML ...
    """
    source = f"TimeML document {doc_id!r}" if doc_id else "TimeML string"
    return _parse(xml, doc_id, source)


def read_timeml(path: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML file; the id is its ``<DOCID>``, else the file name without ``.tml``.

    The bytes are handed to the parser as they are, so the encoding in the XML declaration is
    honoured (UTF-8 when there is none).

    Raises:
        TimeMLError: as for :func:`parse_timeml`; the message names the file.
        OSError: the file cannot be read.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "wsj_0001.tml").write_text("<TimeML><TEXT>Monday</TEXT></TimeML>")
    >>> read_timeml(folder / "wsj_0001.tml").doc_id
    'wsj_0001'
    """
    file = Path(path)
    name = file.name[: -len(".tml")] if file.name.endswith(".tml") else file.stem
    return _parse(file.read_bytes(), name, str(file))


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>\r\n\t"]')


def _check_xml_chars(string: str, what: str) -> None:
    bad = _XML_INVALID.search(string)
    if bad is not None:
        raise DatelineValueError(
            f"{what} contains {bad.group()!r} at offset {bad.start()}, a character XML 1.0 cannot "
            "represent; remove or replace it before writing TimeML"
        )


def _escape_text(string: str) -> str:
    return _TEXT_SPECIAL.sub(lambda match: _TEXT_ESCAPES[match.group()], string)


def _escape_attribute(string: str) -> str:
    _check_xml_chars(string, "an attribute value")
    return '"' + _ATTRIBUTE_SPECIAL.sub(lambda m: _ATTRIBUTE_ESCAPES[m.group()], string) + '"'


def write_timeml(text: str, timexes: Sequence[Timex], *, dct: str | None = None, doc_id: str = "") -> str:
    """Write ``text`` and its timexes as a TimeML document with inline TIMEX3 elements.

    The timexes get ``tid`` ``t1`` … ``tn`` in text order; ``mod``, ``freq`` and ``quant`` are
    written when set, and ``anchorTimeID`` when ``anchor`` is ``"DCT"`` (written as ``t0``, the
    DCT's tid, when ``dct`` is given) or a tid. All text is XML-escaped (a ``\\r`` as ``&#13;``, so
    that it survives line-end normalization).

    The timexes must not overlap (TIMEX3 elements cannot cross) and must not be empty. With that,
    :func:`parse_timeml` gives back the same text, spans, types, values and mods.

    Raises:
        DatelineValueError: a timex is empty, out of the text's bounds or overlaps another, or the
            text holds a character XML 1.0 cannot represent (such as ``"\\x00"``).

    >>> from dateline.timex import Timex
    >>> print(write_timeml("Sales rose 5% last week.", [
    ...     Timex("last week", 14, 23, "DATE", "2025-W18", anchor="DCT")], dct="2025-05-09",
    ...     doc_id="d1"))
    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
    <DOCID>d1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-09" temporalFunction="false"
     functionInDocument="CREATION_TIME">2025-05-09</TIMEX3></DCT>
    <TEXT>Sales rose 5% <TIMEX3 tid="t1" type="DATE" value="2025-W18" temporalFunction="true"
     anchorTimeID="t0">last week</TIMEX3>.</TEXT>
    </TimeML>
    <BLANKLINE>
    """
    if not isinstance(text, str):
        raise DatelineTypeError(f"text must be str, not {type(text).__name__}")
    _check_xml_chars(text, "the text")
    ordered = sorted(timexes, key=lambda timex: (timex.start, timex.end))
    previous_end = 0
    previous: Timex | None = None
    for timex in ordered:
        if not 0 <= timex.start < timex.end <= len(text):
            raise DatelineValueError(
                f"timex {timex.text!r} has span [{timex.start}, {timex.end}), which is empty or "
                f"outside the text (length {len(text)})"
            )
        if previous is not None and timex.start < previous_end:
            raise DatelineValueError(
                f"timexes {previous.text!r} [{previous.start}, {previous.end}) and {timex.text!r} "
                f"[{timex.start}, {timex.end}) overlap; TimeML cannot nest or cross TIMEX3"
            )
        previous, previous_end = timex, timex.end

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
        ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
        f"<DOCID>{_escape_text(doc_id)}</DOCID>\n"
    ]
    _check_xml_chars(doc_id, "the doc_id")
    if dct is not None:
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={_escape_attribute(dct)} '
            'temporalFunction="false"\n functionInDocument="CREATION_TIME">'
            f"{_escape_text(dct)}</TIMEX3></DCT>\n"
        )
    parts.append("<TEXT>")
    position = 0
    for number, timex in enumerate(ordered, start=1):
        parts.append(_escape_text(text[position : timex.start]))
        attributes = [
            f'tid="t{number}"',
            f"type={_escape_attribute(timex.type)}",
            f"value={_escape_attribute(timex.value)}",
        ]
        for name in ("mod", "freq", "quant"):
            attribute = getattr(timex, name)
            if attribute is not None:
                attributes.append(f"{name}={_escape_attribute(attribute)}")
        anchor = timex.anchor
        if anchor == "DCT":
            anchor = "t0" if dct is not None else None
        attributes.append(f'temporalFunction="{"true" if anchor else "false"}"')
        opening = "<TIMEX3 " + " ".join(attributes)
        if anchor:
            opening += f"\n anchorTimeID={_escape_attribute(anchor)}"
        parts.append(f"{opening}>{_escape_text(text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    parts.append(_escape_text(text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def iter_corpus(folder: str | os.PathLike[str]) -> Iterator[TimeMLDocument]:
    """Read every ``*.tml`` file under ``folder``, recursively, in order of relative path.

    Raises:
        DatelineValueError: ``folder`` is not a directory.
        TimeMLError: a file cannot be parsed (the message names it).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "b").mkdir()
    >>> for name in ("b/one.tml", "a.tml", "notes.txt"):
    ...     _ = (folder / name).write_text("<TimeML><TEXT>today</TEXT></TimeML>")
    >>> [doc.doc_id for doc in iter_corpus(folder)]
    ['a', 'one']
    """
    for _, document in _iter_corpus_files(folder):
        yield document


def _corpus_files(folder: str | os.PathLike[str]) -> list[Path]:
    root = Path(folder)
    if not root.is_dir():
        raise DatelineValueError(f"{root} is not a directory of TimeML (*.tml) files")
    files = [path for path in root.rglob("*.tml") if path.is_file()]
    return sorted(files, key=lambda path: path.relative_to(root).as_posix())


def _iter_corpus_files(folder: str | os.PathLike[str]) -> Iterator[tuple[Path, TimeMLDocument]]:
    for path in _corpus_files(folder):
        yield path, read_timeml(path)
