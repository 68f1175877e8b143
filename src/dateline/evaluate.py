"""Score timexes against TimeML gold: TempEval-3 Task A, as the project's EVALUATION.md defines it.

- A **relaxed** match is a gold and a system timex that overlap by at least one character. Pairs are
  one-to-one and formed greedily: identical spans first, then the largest overlap, then left to
  right.
- A **strict** match is a relaxed pair whose spans are identical once surrounding whitespace is
  stripped from both.
- Precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic mean,
  summed over the corpus (micro-average). With nothing to divide by, a score is ``0.0``.
- Value, type (and mod) **accuracy** = relaxed pairs with an equal attribute / relaxed pairs;
  attribute F1 = relaxed F1 * accuracy / 100. Values compare as exact strings.

All scores are percentages (0-100).

>>> from dateline.timex import Timex
>>> text = "He left on Monday, 5 May."
>>> gold = [Timex("Monday, 5 May", 11, 24, "DATE", "2025-05-05")]
>>> system = [Timex("Monday", 11, 17, "DATE", "2025-05-05"),
...           Timex("May", 21, 24, "DATE", "2025-05")]
>>> result = score_document(text, gold, system)
>>> [(m.gold.text, m.system.text, m.strict) for m in result.matches], len(result.spurious)
([('Monday, 5 May', 'Monday', False)], 1)
>>> scores = score_corpus([result])
>>> scores.relaxed_precision, scores.relaxed_recall, scores.strict_f1, scores.value_accuracy
(50.0, 100.0, 0.0, 100.0)
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO, cast

from dateline.errors import DatelineValueError
from dateline.timeml import TimeMLDocument, _corpus_files, read_timeml
from dateline.timex import Mod, Timex, TimexType

__all__ = [
    "DocumentResult",
    "ErrorKind",
    "ErrorRecord",
    "EvaluationReport",
    "Match",
    "RuleStats",
    "Scores",
    "document_errors",
    "evaluate_folder",
    "format_errors",
    "format_rules",
    "main_evaluate",
    "read_system_file",
    "rule_breakdown",
    "score_corpus",
    "score_document",
    "timexes_to_jsonl",
    "write_system_file",
]

ErrorKind = Literal["missed", "spurious", "wrong_value", "wrong_type", "wrong_extent"]
Annotator = Callable[[TimeMLDocument], Sequence[Timex]]
DOMAINS: tuple[str, ...] = ("auto", "news", "narrative")


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _harmonic(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Corpus counts and the TempEval-3 scores derived from them (percentages, 0-100).

    Attributes:
        gold: gold timexes.
        system: system timexes.
        strict: strict matches.
        relaxed: relaxed matches (one-to-one pairs).
        value: relaxed pairs with an equal value.
        type: relaxed pairs with an equal type.
        mod: relaxed pairs with an equal mod (``None`` equals ``None``).

    >>> scores = Scores(gold=4, system=5, strict=2, relaxed=4, value=3, type=4, mod=4)
    >>> scores.strict_precision, scores.strict_recall, round(scores.strict_f1, 2)
    (40.0, 50.0, 44.44)
    >>> round(scores.relaxed_f1, 2), scores.value_accuracy, round(scores.value_f1, 2)
    (88.89, 75.0, 66.67)
    >>> Scores().relaxed_f1
    0.0
    """

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    mod: int = 0

    @property
    def strict_precision(self) -> float:
        """Strict matches / system timexes."""
        return _percent(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        """Strict matches / gold timexes."""
        return _percent(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _harmonic(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Relaxed matches / system timexes."""
        return _percent(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        """Relaxed matches / gold timexes."""
        return _percent(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return _harmonic(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        """Relaxed pairs with an equal value / relaxed pairs."""
        return _percent(self.value, self.relaxed)

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times value accuracy: the headline number."""
        return self.relaxed_f1 * self.value_accuracy / 100.0

    @property
    def type_accuracy(self) -> float:
        """Relaxed pairs with an equal type / relaxed pairs."""
        return _percent(self.type, self.relaxed)

    @property
    def type_f1(self) -> float:
        """Relaxed F1 times type accuracy."""
        return self.relaxed_f1 * self.type_accuracy / 100.0

    @property
    def mod_accuracy(self) -> float:
        """Relaxed pairs with an equal mod / relaxed pairs."""
        return _percent(self.mod, self.relaxed)

    @property
    def mod_f1(self) -> float:
        """Relaxed F1 times mod accuracy."""
        return self.relaxed_f1 * self.mod_accuracy / 100.0

    def __add__(self, other: Scores) -> Scores:
        """Sum the counts of two score sets (for micro-averaging).

        >>> (Scores(gold=1, system=2) + Scores(gold=3)).gold
        4
        """
        if not isinstance(other, Scores):
            return NotImplemented
        return Scores(*(getattr(self, f.name) + getattr(other, f.name) for f in dataclasses.fields(self)))

    def to_dict(self) -> dict[str, float | int]:
        """The counts and every score, JSON-ready.

        >>> Scores(gold=2, system=2, strict=1, relaxed=2, value=2, type=2, mod=2).to_dict()
        {'gold': 2, 'system': 2, 'strict': 1, 'relaxed': 2, 'value': 2, 'type': 2, 'mod': 2,
         'strict_precision': 50.0, 'strict_recall': 50.0, 'strict_f1': 50.0, ...}
        """
        record: dict[str, float | int] = dataclasses.asdict(self)
        for name in _SCORE_NAMES:
            record[name] = getattr(self, name)
        return record

    def format_table(self) -> str:
        """A small text table of the scores (two decimals) and the counts.

        >>> print(Scores(gold=4, system=5, strict=2, relaxed=4, value=3, type=4, mod=4)
        ...       .format_table())
                 precision  recall      F1
        strict       40.00   50.00   44.44
        relaxed      80.00  100.00   88.89
        <BLANKLINE>
                  accuracy      F1
        value        75.00   66.67
        type        100.00   88.89
        mod         100.00   88.89
        <BLANKLINE>
        gold 4, system 5; matches: strict 2, relaxed 4; equal value 3, type 4, mod 4
        """
        lines = [f"{'':8} {'precision':>9} {'recall':>7} {'F1':>7}"]
        for name in ("strict", "relaxed"):
            p, r, f = (getattr(self, f"{name}_{part}") for part in ("precision", "recall", "f1"))
            lines.append(f"{name:8} {p:9.2f} {r:7.2f} {f:7.2f}")
        lines += ["", f"{'':8} {'accuracy':>9} {'F1':>7}"]
        for name in ("value", "type", "mod"):
            accuracy, f1 = getattr(self, f"{name}_accuracy"), getattr(self, f"{name}_f1")
            lines.append(f"{name:8} {accuracy:9.2f} {f1:7.2f}")
        lines += [
            "",
            f"gold {self.gold}, system {self.system}; matches: strict {self.strict}, "
            f"relaxed {self.relaxed}; equal value {self.value}, type {self.type}, mod {self.mod}",
        ]
        return "\n".join(lines)


_SCORE_NAMES = (
    "strict_precision",
    "strict_recall",
    "strict_f1",
    "relaxed_precision",
    "relaxed_recall",
    "relaxed_f1",
    "value_accuracy",
    "value_f1",
    "type_accuracy",
    "type_f1",
    "mod_accuracy",
    "mod_f1",
)


@dataclass(frozen=True, slots=True)
class Match:
    """A one-to-one pair of a gold and a system timex that overlap (a relaxed match).

    Attributes:
        gold: the gold timex.
        system: the system timex.
        strict: the spans are identical once surrounding whitespace is stripped.
    """

    gold: Timex
    system: Timex
    strict: bool

    @property
    def value_equal(self) -> bool:
        """Both have the same value (exact string comparison)."""
        return self.gold.value == self.system.value

    @property
    def type_equal(self) -> bool:
        """Both have the same type."""
        return self.gold.type == self.system.type

    @property
    def mod_equal(self) -> bool:
        """Both have the same mod (``None`` equals ``None``)."""
        return self.gold.mod == self.system.mod


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """How a system's timexes for one document compare with the gold.

    Attributes:
        doc_id: the document's id.
        text: the document text the offsets point into.
        gold: the gold timexes.
        system: the system timexes.
        matches: the relaxed pairs, in gold order.
        missed: gold timexes with no system partner, in text order.
        spurious: system timexes with no gold partner, in text order.
    """

    doc_id: str
    text: str
    gold: tuple[Timex, ...]
    system: tuple[Timex, ...]
    matches: tuple[Match, ...]
    missed: tuple[Timex, ...]
    spurious: tuple[Timex, ...]

    @property
    def scores(self) -> Scores:
        """This document's counts and scores.

        >>> from dateline.timex import Timex
        >>> score_document("May", [Timex("May", 0, 3, "DATE", "2025-05")], []).scores.gold
        1
        """
        return Scores(
            gold=len(self.gold),
            system=len(self.system),
            strict=sum(match.strict for match in self.matches),
            relaxed=len(self.matches),
            value=sum(match.value_equal for match in self.matches),
            type=sum(match.type_equal for match in self.matches),
            mod=sum(match.mod_equal for match in self.matches),
        )


def _stripped(text: str, timex: Timex) -> tuple[int, int]:
    start, end = timex.start, timex.end
    while start < end and start < len(text) and text[start].isspace():
        start += 1
    while end > start and end <= len(text) and text[end - 1].isspace():
        end -= 1
    return start, end


def _pairs(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing: identical spans, then largest overlap, then left to right."""
    by_start = sorted(range(len(system)), key=lambda j: (system[j].start, system[j].end, j))
    starts = [system[j].start for j in by_start]
    candidates: list[tuple[bool, int, int, int, int, int, int, int]] = []
    for i, g in enumerate(gold):
        for j in by_start[: bisect.bisect_left(starts, g.end)]:
            s = system[j]
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap >= 1:
                identical = g.start == s.start and g.end == s.end
                candidates.append((not identical, -overlap, g.start, s.start, g.end, s.end, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def score_document(
    text: str, gold: Sequence[Timex], system: Sequence[Timex], *, doc_id: str = ""
) -> DocumentResult:
    """Pair a document's system timexes with its gold timexes (see the module documentation).

    ``text`` is the document text both sets of offsets point into; it is used to strip whitespace
    for strict matching and to show context in error listings.

    >>> from dateline.timex import Timex
    >>> text = "in 1998 and 1999"
    >>> gold = [Timex("1998", 3, 7, "DATE", "1998"), Timex("1999", 12, 16, "DATE", "1999")]
    >>> system = [Timex(" 1998 ", 2, 8, "DATE", "1998"), Timex("and 1999", 8, 16, "DATE", "1998")]
    >>> result = score_document(text, gold, system)
    >>> [(m.gold.value, m.system.value, m.strict) for m in result.matches]
    [('1998', '1998', True), ('1999', '1998', False)]
    >>> result.missed, result.spurious
    ((), ())
    """
    gold = tuple(gold)
    system = tuple(system)
    pairs = _pairs(gold, system)
    matches = tuple(
        Match(gold[i], system[j], _stripped(text, gold[i]) == _stripped(text, system[j])) for i, j in pairs
    )
    paired_gold = {i for i, _ in pairs}
    paired_system = {j for _, j in pairs}

    def in_order(timexes: Iterable[Timex]) -> tuple[Timex, ...]:
        return tuple(sorted(timexes, key=lambda timex: (timex.start, timex.end)))

    return DocumentResult(
        doc_id=doc_id,
        text=text,
        gold=gold,
        system=system,
        matches=matches,
        missed=in_order(g for i, g in enumerate(gold) if i not in paired_gold),
        spurious=in_order(s for j, s in enumerate(system) if j not in paired_system),
    )


def score_corpus(results: Iterable[DocumentResult]) -> Scores:
    """Micro-average: sum the counts of every document, then score.

    >>> from dateline.timex import Timex
    >>> one = score_document("May", [Timex("May", 0, 3, "DATE", "2025-05")], [])
    >>> two = score_document("June", [], [Timex("June", 0, 4, "DATE", "2025-06")])
    >>> scores = score_corpus([one, two])
    >>> scores.gold, scores.system, scores.relaxed, scores.relaxed_f1
    (1, 1, 0, 0.0)
    """
    total = Scores()
    for result in results:
        total += result.scores
    return total


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One error of the system on one document, for the ``--errors`` listing.

    Attributes:
        kind: ``"missed"`` (gold with no partner), ``"spurious"`` (system with no partner), or, for
            a relaxed pair, ``"wrong_extent"`` (not a strict match), ``"wrong_value"`` or
            ``"wrong_type"``; a pair can give several records.
        doc_id: the document.
        gold: the gold timex, if any.
        system: the system timex, if any.
        context: one line of text around the expression, with the expression in ``[[...]]``.
    """

    kind: ErrorKind
    doc_id: str
    gold: Timex | None
    system: Timex | None
    context: str


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    left = max(line_start, start - width)
    right = min(line_end, end + width)
    snippet = (
        ("..." if left > line_start else "")
        + text[left:start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end:right]
        + ("..." if right < line_end else "")
    )
    return " ".join(snippet.split())


def document_errors(result: DocumentResult) -> list[ErrorRecord]:
    """The errors of one document, in text order.

    >>> from dateline.timex import Timex
    >>> text = "It rained on Monday and Tuesday."
    >>> gold = [Timex("Monday", 13, 19, "DATE", "2025-05-05"),
    ...         Timex("Tuesday", 24, 31, "DATE", "2025-05-06")]
    >>> system = [Timex("on Monday", 10, 19, "DATE", "2025-05-12")]
    >>> for error in document_errors(score_document(text, gold, system, doc_id="d")):
    ...     print(error.kind, error.context)
    wrong_extent It rained [[on Monday]] and Tuesday.
    wrong_value It rained [[on Monday]] and Tuesday.
    missed It rained on Monday and [[Tuesday]].
    """
    found: list[tuple[int, int, ErrorRecord]] = []
    text = result.text
    for match in result.matches:
        start = min(match.gold.start, match.system.start)
        end = max(match.gold.end, match.system.end)
        context = _context(text, start, end)
        kinds: list[ErrorKind] = []
        if not match.strict:
            kinds.append("wrong_extent")
        if not match.value_equal:
            kinds.append("wrong_value")
        if not match.type_equal:
            kinds.append("wrong_type")
        for kind in kinds:
            record = ErrorRecord(kind, result.doc_id, match.gold, match.system, context)
            found.append((start, end, record))
    for gold in result.missed:
        context = _context(text, gold.start, gold.end)
        found.append((gold.start, gold.end, ErrorRecord("missed", result.doc_id, gold, None, context)))
    for system in result.spurious:
        context = _context(text, system.start, system.end)
        record = ErrorRecord("spurious", result.doc_id, None, system, context)
        found.append((system.start, system.end, record))
    found.sort(key=lambda item: (item[0], item[1]))
    return [record for *_, record in found]


def _describe(label: str, timex: Timex | None) -> str:
    if timex is None:
        return ""
    description = f"{label} {timex.text!r} {timex.type} {timex.value}"
    if timex.mod:
        description += f" mod={timex.mod}"
    if label == "system" and timex.rule:
        description += f" ({timex.rule})"
    return description


def format_errors(errors: Iterable[ErrorRecord], *, limit: int | None = None) -> str:
    """List errors two lines each: kind, document, gold and system; then the context.

    >>> from dateline.timex import Timex
    >>> text = "Prices fell last week."
    >>> system = [Timex("last week", 12, 21, "DATE", "2025-W18", rule="date.last_unit")]
    >>> result = score_document(text, [], system, doc_id="d1")
    >>> print(format_errors(document_errors(result)))
    spurious     d1  system 'last week' DATE 2025-W18 (date.last_unit)
        Prices fell [[last week]].
    """
    lines: list[str] = []
    shown = 0
    total = 0
    for error in errors:
        total += 1
        if limit is not None and shown >= limit:
            continue
        shown += 1
        described = "  ".join(
            part for part in (_describe("gold", error.gold), _describe("system", error.system)) if part
        )
        lines.append(f"{error.kind:12} {error.doc_id}  {described}")
        lines.append(f"    {error.context}")
    if total > shown:
        lines.append(f"... and {total - shown} more")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class RuleStats:
    """What became of the system timexes one rule produced.

    Attributes:
        rule: the rule name (``Timex.rule``; ``""`` when the system gave none).
        system: timexes the rule produced.
        correct: relaxed-matched, with the gold value.
        wrong_value: relaxed-matched, with another value.
        spurious: not matched.
    """

    rule: str
    system: int = 0
    correct: int = 0
    wrong_value: int = 0
    spurious: int = 0


def rule_breakdown(results: Iterable[DocumentResult]) -> tuple[RuleStats, ...]:
    """Per-rule counts over the system timexes, most productive rule first.

    >>> from dateline.timex import Timex
    >>> system = [Timex("May", 0, 3, "DATE", "2025-05", rule="month"),
    ...           Timex("1", 4, 5, "DATE", "2025", rule="year")]
    >>> result = score_document("May 1", [Timex("May", 0, 3, "DATE", "2025-05")], system)
    >>> rule_breakdown([result])
    (RuleStats(rule='month', system=1, correct=1, wrong_value=0, spurious=0),
     RuleStats(rule='year', system=1, correct=0, wrong_value=0, spurious=1))
    """
    counts: dict[str, list[int]] = {}
    for result in results:
        for match in result.matches:
            row = counts.setdefault(match.system.rule, [0, 0, 0, 0])
            row[0] += 1
            row[1 if match.value_equal else 2] += 1
        for timex in result.spurious:
            row = counts.setdefault(timex.rule, [0, 0, 0, 0])
            row[0] += 1
            row[3] += 1
    stats = [RuleStats(rule, *row) for rule, row in counts.items()]
    return tuple(sorted(stats, key=lambda stat: (-stat.system, stat.rule)))


def format_rules(rules: Iterable[RuleStats]) -> str:
    """A text table of :func:`rule_breakdown`.

    >>> print(format_rules([RuleStats("date.month", 10, 7, 2, 1)]))
    rule           system  correct  wrong value  spurious
    date.month         10        7            2         1
    """
    rows = list(rules)
    width = max([len("rule"), *(len(stat.rule or "(unnamed)") for stat in rows)])
    lines = [f"{'rule':{width}}  {'system':>6}  {'correct':>7}  {'wrong value':>11}  {'spurious':>8}"]
    lines.extend(
        f"{stat.rule or '(unnamed)':{width}}  {stat.system:6}  {stat.correct:7}  "
        f"{stat.wrong_value:11}  {stat.spurious:8}"
        for stat in rows
    )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """The result of :func:`evaluate_folder`.

    Attributes:
        scores: the corpus scores (micro-averaged).
        documents: one result per document, in order of relative path.
        errors: every error, document by document, in text order.
        rules: the per-rule breakdown of the system timexes (see :func:`rule_breakdown`).
    """

    scores: Scores
    documents: tuple[DocumentResult, ...]
    errors: tuple[ErrorRecord, ...]
    rules: tuple[RuleStats, ...]


def timexes_to_jsonl(doc_id: str, timexes: Sequence[Timex]) -> str:
    """One JSON-lines record (ending in a newline) of a document's timexes.

    This is the format of ``--system`` files: ``doc`` is the document name (the TimeML file name
    without ``.tml``), ``timexes`` the records of :meth:`Timex.to_dict`.

    >>> from dateline.timex import Timex
    >>> timexes_to_jsonl("d1", [Timex("May", 4, 7, "DATE", "2025-05", rule="date.month")])
    '{"doc": "d1", "timexes": [{"text": "May", "start": 4, "end": 7, "type": "DATE", "value": "2025-05", "rule": "date.month"}]}\\n'
    """  # noqa: E501
    record = {"doc": doc_id, "timexes": [timex.to_dict() for timex in timexes]}
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_system_file(
    path: str | os.PathLike[str],
    outputs: Mapping[str, Sequence[Timex]] | Iterable[tuple[str, Sequence[Timex]]],
) -> None:
    """Save system output as JSON lines, as ``--system`` and :func:`read_system_file` read it.

    >>> import pathlib, tempfile
    >>> from dateline.timex import Timex
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "run.jsonl"
    >>> write_system_file(path, {"d1": [Timex("May", 4, 7, "DATE", "2025-05")], "d2": []})
    >>> read_system_file(path)["d1"][0].value
    '2025-05'
    """
    items = outputs.items() if isinstance(outputs, Mapping) else outputs
    with open(path, "w", encoding="utf-8") as file:
        for doc_id, timexes in items:
            file.write(timexes_to_jsonl(doc_id, timexes))


def _optional_str(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string")
    return value


def _timex_from_record(record: object) -> Timex:
    if not isinstance(record, dict):
        raise TypeError("a timex must be a JSON object")
    start, end = record.get("start"), record.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise TypeError("start and end must be integers")
    kind, value = record.get("type"), record.get("value")
    if not isinstance(kind, str) or not isinstance(value, str):
        raise TypeError("type and value must be strings")
    implied = record.get("implied") or ()
    return Timex(
        text=_optional_str(record, "text") or "",
        start=start,
        end=end,
        type=cast(TimexType, kind),
        value=value,
        mod=cast("Mod | None", _optional_str(record, "mod")),
        freq=_optional_str(record, "freq"),
        quant=_optional_str(record, "quant"),
        anchor=_optional_str(record, "anchor"),
        rule=_optional_str(record, "rule") or "",
        implied=tuple(str(item) for item in implied),
    )


def read_system_file(path: str | os.PathLike[str]) -> dict[str, tuple[Timex, ...]]:
    """Read a JSON-lines system output: document name -> its timexes.

    Each line is ``{"doc": NAME, "timexes": [{"start", "end", "type", "value", "mod"?, "text"?,
    "rule"?, ...}]}``; blank lines are ignored.

    Raises:
        DatelineValueError: a line is not such a record, or a document appears twice.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "run.jsonl"
    >>> _ = path.write_text('{"doc": "d1", "timexes": [{"start": 0, "end": 3, "type": "DATE", '
    ...                     '"value": "2025-05"}]}\\n')
    >>> read_system_file(path)
    {'d1': (Timex(text='', start=0, end=3, type='DATE', value='2025-05', mod=None, freq=None,
     quant=None, anchor=None, rule='', implied=()),)}
    """
    outputs: dict[str, tuple[Timex, ...]] = {}
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise TypeError("a line must be a JSON object")
                doc = record.get("doc")
                timexes = record.get("timexes", [])
                if not isinstance(doc, str) or not isinstance(timexes, list):
                    raise TypeError('"doc" must be a string and "timexes" a list')
                parsed = tuple(_timex_from_record(item) for item in timexes)
            except (ValueError, TypeError) as error:
                raise DatelineValueError(
                    f"{path}, line {number}: not a system output record ({error}); expected "
                    '{"doc": NAME, "timexes": [{"start": S, "end": E, "type": T, "value": V}]}'
                ) from None
            if doc in outputs:
                raise DatelineValueError(f"{path}, line {number}: document {doc!r} appears twice")
            outputs[doc] = parsed
    return outputs


def _with_text(timexes: Sequence[Timex], document: TimeMLDocument, source: str) -> list[Timex]:
    checked: list[Timex] = []
    for timex in timexes:
        if not 0 <= timex.start < timex.end <= len(document.text):
            raise DatelineValueError(
                f"{source}: timex {timex.text!r} of document {document.doc_id!r} has span "
                f"[{timex.start}, {timex.end}), empty or outside the text (length "
                f"{len(document.text)}); offsets must point into the plain text of <TEXT>"
            )
        text = document.text[timex.start : timex.end]
        checked.append(timex if timex.text == text else dataclasses.replace(timex, text=text))
    return checked


def evaluate_folder(
    gold_dir: str | os.PathLike[str],
    *,
    annotator: Annotator | None = None,
    system_file: str | os.PathLike[str] | None = None,
    domain: str = "auto",
) -> EvaluationReport:
    """Score a system on every ``*.tml`` file under ``gold_dir``.

    The system is, in order of preference: the JSON-lines ``system_file`` (documents missing from
    it have no system timexes), the ``annotator`` callable, or :func:`dateline.annotate` run on
    each document's text with its DCT and ``domain``.

    Raises:
        DatelineValueError: ``gold_dir`` is not a folder of ``*.tml`` files, both ``annotator`` and
            ``system_file`` are given, ``domain`` is unknown, or a system timex has offsets
            outside its document.
        TimeMLError: a gold file cannot be read.

    >>> import pathlib, tempfile
    >>> from dateline.timex import Timex
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "d1.tml").write_text(
    ...     '<TimeML><TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="1998-Q3">in the third '
    ...     'quarter</TIMEX3>.</TEXT></TimeML>')
    >>> def annotator(doc):
    ...     return [Timex("the third quarter", 14, 31, "DATE", "1998-Q3")]
    >>> report = evaluate_folder(folder, annotator=annotator)
    >>> report.scores.strict_f1, report.scores.relaxed_f1, report.scores.value_f1
    (0.0, 100.0, 100.0)
    >>> [error.kind for error in report.errors]
    ['wrong_extent']
    """
    if domain not in DOMAINS:
        raise DatelineValueError(f"domain must be one of {', '.join(DOMAINS)}, not {domain!r}")
    if annotator is not None and system_file is not None:
        raise DatelineValueError("give either an annotator or a system_file, not both")
    files = _corpus_files(gold_dir)
    if not files:
        raise DatelineValueError(f"{gold_dir} holds no TimeML (*.tml) files")

    system_for: Callable[[Path, TimeMLDocument], Sequence[Timex]]
    source: str
    if system_file is not None:
        outputs = read_system_file(system_file)
        source = str(system_file)

        def system_for(path: Path, document: TimeMLDocument) -> Sequence[Timex]:
            return outputs.get(path.name[: -len(".tml")], ())

    else:
        if annotator is None:
            # Imported here: scoring a system file must not need the annotator (nor risk a cycle).
            from dateline.api import annotate

            def default(document: TimeMLDocument) -> Sequence[Timex]:
                found: Sequence[Timex] = annotate(document.text, dct=document.dct, domain=domain)
                return found

            annotator = default
        chosen = annotator
        source = getattr(chosen, "__name__", "annotator")

        def system_for(path: Path, document: TimeMLDocument) -> Sequence[Timex]:
            return chosen(document)

    results: list[DocumentResult] = []
    for path in files:
        document = read_timeml(path)
        system = _with_text(system_for(path, document), document, source)
        results.append(score_document(document.text, document.timexes, system, doc_id=document.doc_id))
    errors = tuple(error for result in results for error in document_errors(result))
    return EvaluationReport(
        scores=score_corpus(results),
        documents=tuple(results),
        errors=errors,
        rules=rule_breakdown(results),
    )


def main_evaluate(
    gold_dir: str,
    *,
    system_file: str | None = None,
    domain: str = "auto",
    show_errors: bool = False,
    out: TextIO | None = None,
) -> int:
    """``dateline evaluate GOLD_DIR [--errors] [--system FILE.jsonl] [--domain ...]``.

    Prints the scores table to ``out`` (standard output by default); with ``show_errors`` also the
    per-rule table and every error. Returns the exit status, 0. Errors (a missing folder, a bad
    system file) propagate as :class:`~dateline.errors.DatelineError` for the caller to report.

    >>> import io, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "d1.tml").write_text(
    ...     '<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3></TEXT></TimeML>')
    >>> _ = (folder / "run.jsonl").write_text(
    ...     '{"doc": "d1", "timexes": [{"start": 0, "end": 4, "type": "DATE", "value": "1998"}]}')
    >>> out = io.StringIO()
    >>> main_evaluate(str(folder), system_file=str(folder / "run.jsonl"), out=out)
    0
    >>> print(out.getvalue())
    1 document in ...; system: .../run.jsonl
    <BLANKLINE>
             precision  recall      F1
    strict      100.00  100.00  100.00
    ...
    """
    stream = out if out is not None else sys.stdout
    report = evaluate_folder(gold_dir, system_file=system_file, domain=domain)
    count = len(report.documents)
    system = system_file if system_file is not None else f"dateline (domain {domain})"
    print(f"{count} document{'s' if count != 1 else ''} in {gold_dir}; system: {system}", file=stream)
    print("", file=stream)
    print(report.scores.format_table(), file=stream)
    if show_errors:
        print("", file=stream)
        print(format_rules(report.rules), file=stream)
        print("", file=stream)
        print(f"{len(report.errors)} errors:", file=stream)
        print(format_errors(report.errors), file=stream)
    return 0
