r"""Extraction: run a rule set over a text and choose among overlapping candidates.

Every rule finds its matches in the text; each match its parser accepts becomes a
:class:`Candidate`. Where candidates overlap, the longest wins, then the one of higher priority,
then the earliest rule: a deterministic choice that does not depend on anything but the text.

>>> from dateline.rules import rules_for
>>> [c.text for c in extract("Talks on May 8, 2025 and again on Tuesday.", rules_for("en"))]
['May 8, 2025', 'Tuesday']

How the rules run fast
----------------------
The plain way, :func:`scan_reference`, runs every rule's regular expression over the whole text:
one pass of the regex engine per rule, whatever the text holds. :func:`scan` finds exactly the same
matches while trying each rule only where it can start:

1. Once per rule set (lazily, on first use), each compiled pattern is read back into its parse
   tree. Two facts come out of it: the one-character *guard* in front (``(?<![\w'’])``, which
   :func:`~dateline.rules.base.compile_pattern` adds: a match starts at a word start), and the
   set of the first four characters any match can begin with, lower-cased, with ``\x80``
   standing for any non-ASCII character. ``{number} days ago`` can only start at ``"two "``,
   ``"3 da"``, ``"a fe"``… and ``{weekday}`` only at ``"mond"``, ``"tues"``, ``"fri."``…
2. Per text, one pass of a small regex lists every position that passes a guard, with its next
   four characters; a memo maps those four characters to the rules that can start there.
3. Each rule then calls ``regex.match(text, position)`` at its own positions, in order, skipping
   the positions inside its previous match. That is what ``finditer`` does (the leftmost match
   at or after the end of the previous one; lookbehinds still see the text before ``position``),
   so the matches are identical — the candidate positions are a superset of the real starts.

A rule whose pattern cannot be read this way (a back-reference, no guard in front, a pattern that
can match the empty string, or a parse tree this Python version shapes differently) simply runs
over the whole text as before: the speed-up never changes the output.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dateline.resolve import Candidate
from dateline.rules import CompiledRule, RuleSet
from dateline.rules.base import RuleMatch

try:  # The regex parser is internal to the standard library; without it, every rule scans the text.
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import sre_constants as _sre_constants
        import sre_parse as _sre_parser
    except ImportError:
        _sre_constants = _sre_parser = None  # type: ignore[assignment]

__all__ = ["choose", "extract", "extract_reference", "scan", "scan_reference"]

Found = list[tuple[Candidate, int, int]]

#: How many characters of a start position decide which rules are tried there.
PREFIX_LENGTH = 4
#: Stands for any non-ASCII character in start prefixes (the regex engine's case folding maps a
#: few of them onto ASCII letters, so they are never ruled out).
_NON_ASCII = "\x80"
_ASCII = "".join(map(chr, range(128)))
#: Above this many prefixes a rule is analysed with shorter prefixes.
_MAX_PREFIXES = 20_000
_MAX_MEMO = 1 << 16
_FLAG_MASK = int(re.IGNORECASE | re.DOTALL | re.ASCII)


# ---------------------------------------------------------------------------------------------
# The reference algorithm: every rule over the whole text.


def scan_reference(text: str, rule_set: RuleSet) -> Found:
    """Every accepted match of every rule, each rule's regex run over the whole text.

    This is the straightforward algorithm :func:`scan` must agree with; it is kept as the
    reference for the equivalence tests.

    >>> from dateline.rules import rules_for
    >>> [(c.text, c.rule) for c, _, _ in scan_reference("on Tuesday", rules_for("en"))]
    [('Tuesday', 'date.weekday')]
    """
    found: Found = []
    for compiled in rule_set.compiled:
        rule = compiled.rule
        for match in compiled.regex.finditer(text):
            if match.end() == match.start():
                continue
            partial = rule.parse(RuleMatch(match))
            if partial is None:
                continue
            candidate = Candidate(match.start(), match.end(), match.group(0), rule.name, rule.type, partial)
            found.append((candidate, rule.priority, compiled.order))
    return found


def extract_reference(text: str, rule_set: RuleSet) -> list[Candidate]:
    """:func:`extract` with :func:`scan_reference`: the output :func:`extract` must reproduce.

    >>> from dateline.rules import rules_for
    >>> text = "Talks on May 8, 2025 and again on Tuesday."
    >>> extract_reference(text, rules_for("en")) == extract(text, rules_for("en"))
    True
    """
    return choose(scan_reference(text, rule_set))


# ---------------------------------------------------------------------------------------------
# Where a rule can start: read back from its compiled pattern.


class _Unreadable(Exception):
    """The pattern holds something the start analysis does not model."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


_CATEGORIES: dict[object, str] = {}
if _sre_constants is not None:
    _CATEGORIES = {
        _sre_constants.CATEGORY_DIGIT: r"\d",
        _sre_constants.CATEGORY_NOT_DIGIT: r"\D",
        _sre_constants.CATEGORY_SPACE: r"\s",
        _sre_constants.CATEGORY_NOT_SPACE: r"\S",
        _sre_constants.CATEGORY_WORD: r"\w",
        _sre_constants.CATEGORY_NOT_WORD: r"\W",
    }


def _char_source(op: object, av: object) -> str:
    """The source of a one-character element of a parse tree (literal, class, ``.``)."""
    c = _sre_constants
    if op is c.LITERAL:
        return _char(av)  # type: ignore[arg-type]
    if op is c.NOT_LITERAL:
        return f"[^{_char(av)}]"  # type: ignore[arg-type]
    if op is c.ANY:
        return "."
    if op is c.IN:
        parts: list[str] = []
        negate = ""
        for item_op, item_av in av:  # type: ignore[attr-defined]
            if item_op is c.NEGATE:
                negate = "^"
            elif item_op is c.LITERAL:
                parts.append(_char(item_av))
            elif item_op is c.RANGE:
                parts.append(f"{_char(item_av[0])}-{_char(item_av[1])}")
            elif item_op is c.CATEGORY and item_av in _CATEGORIES:
                parts.append(_CATEGORIES[item_av])
            else:
                raise _Unreadable(item_op)
        return f"[{negate}{''.join(parts)}]"
    raise _Unreadable(op)


#: The non-ASCII characters the regex engine's case folding (``re.IGNORECASE``) equates with an
#: ASCII letter. Every other non-ASCII character can only match an element that says so itself
#: (a category such as ``\w``, a negated class, ``.``, a non-ASCII literal or range). The
#: equivalence tests check this table against the engine.
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def _canonical(char: str) -> str:
    """The class of a character in start prefixes: letters lower-cased, every digit ``0``, every
    ASCII space `` ``, every other non-ASCII character ``\x80``; the rest stand for themselves."""
    if not char.isascii():
        return FOLDS_TO_ASCII.get(char, _NON_ASCII)
    if char.isdigit():
        return "0"
    if _SPACE.match(char):
        return " "
    return char.lower()


class _Canonical(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table applying :func:`_canonical` to any character."""

    def __missing__(self, code: int) -> str:
        if code < 128:
            raise LookupError(code)
        return _canonical(chr(code))


def _may_match_non_ascii(op: object, av: object) -> bool:
    """Whether an element can match a non-ASCII character other than by ASCII case folding."""
    c = _sre_constants
    if op is c.LITERAL:
        return av >= 128  # type: ignore[operator]
    if op is not c.IN:
        return True  # ``.`` and ``[^x]``
    for item_op, item_av in av:  # type: ignore[attr-defined]
        if item_op is c.LITERAL and item_av < 128:
            continue
        if item_op is c.RANGE and item_av[1] < 128:
            continue
        return True
    return False


_SPACE = re.compile(r"\s")
_CANONICAL = _Canonical({ord(char): _canonical(char) for char in _ASCII if _canonical(char) != char})

Prefixes = set[str]
#: Character classes of parse-tree elements (pure, shared by every analysis).
_CHAR_SETS: dict[tuple[object, object, int], frozenset[str]] = {}


@dataclass
class _Analyser:
    """Computes the possible first ``length`` characters (as classes) of the matches of a pattern.

    The state is the set of *open* prefixes (shorter than ``length``, still growing); prefixes
    that reach ``length`` are *done* and collected on the side.
    """

    length: int

    @staticmethod
    def chars(op: object, av: object, flags: int) -> frozenset[str]:
        """The character classes an element matches."""
        key = (op, tuple(av) if isinstance(av, list) else av, flags & _FLAG_MASK)
        known = _CHAR_SETS.get(key)
        if known is None:
            matched = re.compile(_char_source(op, av), flags & _FLAG_MASK).findall(_ASCII)
            classes = {_canonical(char) for char in matched}
            if _may_match_non_ascii(op, av):
                classes.add(_NON_ASCII)
            known = _CHAR_SETS[key] = frozenset(classes)
        return known

    def sequence(
        self, items: Iterable[tuple[object, object]], open_: Prefixes, flags: int
    ) -> tuple[Prefixes, Prefixes]:
        done: Prefixes = set()
        for op, av in items:
            if not open_:
                break
            open_, finished = self.item(op, av, open_, flags)
            done |= finished
        return open_, done

    def item(self, op: object, av: object, open_: Prefixes, flags: int) -> tuple[Prefixes, Prefixes]:
        c = _sre_constants
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            chars = self.chars(op, av, flags)
            grown: Prefixes = set()
            done: Prefixes = set()
            for prefix in open_:
                (done if len(prefix) + 1 == self.length else grown).update(prefix + char for char in chars)
            if len(grown) + len(done) > _MAX_PREFIXES:
                raise _Unreadable("too many prefixes")
            return grown, done
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return open_, set()  # zero-width: ignoring a condition only widens the set
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av  # type: ignore[misc]
            return self.sequence(sub, open_, (flags | add_flags) & ~del_flags)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.sequence(av, open_, flags)  # type: ignore[arg-type]
        if op is c.BRANCH:
            return self.union([self.sequence(alternative, open_, flags) for alternative in av[1]])  # type: ignore[index]
        if op is c.GROUPREF_EXISTS:
            _, yes, no = av  # type: ignore[misc]
            return self.union([self.sequence(yes, open_, flags), self.sequence(no or (), open_, flags)])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            return self.repeat(av, open_, flags)  # type: ignore[arg-type]
        raise _Unreadable(op)

    @staticmethod
    def union(results: list[tuple[Prefixes, Prefixes]]) -> tuple[Prefixes, Prefixes]:
        open_: Prefixes = set()
        done: Prefixes = set()
        for grown, finished in results:
            open_ |= grown
            done |= finished
        if len(open_) + len(done) > _MAX_PREFIXES:
            raise _Unreadable("too many prefixes")
        return open_, done

    def repeat(self, av: tuple[int, int, object], open_: Prefixes, flags: int) -> tuple[Prefixes, Prefixes]:
        low, high, sub = av
        exits: Prefixes = set(open_) if low == 0 else set()
        done: Prefixes = set()
        current = open_
        count = 0
        while count < high and current:
            following, finished = self.sequence(sub, current, flags)  # type: ignore[arg-type]
            done |= finished  # a prefix completed inside the repetition is complete whatever follows
            count += 1
            if following == current:  # more repetitions change nothing
                exits |= following
                break
            current = following
            if count >= low:
                exits |= current
            if count > 4 * self.length + 8:
                raise _Unreadable("repeat does not settle")
        return exits, done


@dataclass(frozen=True, slots=True)
class _Start:
    """Where one rule can start: behind its guard, at one of its prefixes (character classes).

    ``prefixes`` holds the first ``length`` characters of the matches; ``short`` the whole
    matches shorter than that.
    """

    compiled: CompiledRule
    guard: tuple[str, int]
    length: int
    prefixes: frozenset[str]
    short: frozenset[str]


def _start_of(compiled: CompiledRule) -> _Start | None:
    """The start analysis of one compiled rule, or ``None`` when it must scan the whole text."""
    if _sre_parser is None:
        return None
    regex = compiled.regex
    if not isinstance(regex.pattern, str):
        return None
    try:
        tree = _sre_parser.parse(regex.pattern, regex.flags)
        state = getattr(tree, "state", None)
        flags = int(getattr(state, "flags", regex.flags)) | regex.flags
        if tree.getwidth()[0] == 0 or len(tree.data) < 2:
            return None
        op, av = tree.data[0]
        if op is not _sre_constants.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:
            return None
        guard_op, guard_av = av[1].data[0]
        guard = (f"(?<!{_char_source(guard_op, guard_av)})", flags & _FLAG_MASK)
        for length in range(PREFIX_LENGTH, 0, -1):
            try:
                open_, done = _Analyser(length).sequence(tree.data[1:], {""}, flags)
            except _Unreadable as error:
                if str(error) == "too many prefixes" and length > 1:
                    continue
                raise
            if "" in open_:
                return None  # an empty match is possible after all
            return _Start(compiled, guard, length, frozenset(done), frozenset(open_))
    except (_Unreadable, re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        return None
    return None  # pragma: no cover - the loop always returns


def _flag_letters(flags: int) -> str:
    on = ("i" if flags & re.IGNORECASE else "") + ("s" if flags & re.DOTALL else "")
    on += "a" if flags & re.ASCII else ""
    off = ("i" if not flags & re.IGNORECASE else "") + ("s" if not flags & re.DOTALL else "")
    return on + ("-" + off if off else "")


class _Plan:
    """The start analysis of a whole rule set and the single-pass scanner built from it."""

    def __init__(self, compiled: Sequence[CompiledRule]) -> None:
        starts = [(rule, _start_of(rule)) for rule in compiled]
        self.everywhere: tuple[CompiledRule, ...] = tuple(rule for rule, start in starts if start is None)
        self.starts: tuple[_Start, ...] = tuple(start for _, start in starts if start is not None)
        #: Start prefixes of each length -> the indexes (in :attr:`starts`) of the rules they begin.
        self.index: dict[int, dict[str, list[int]]] = {}
        #: Characters at a position, as found in texts -> the rules that can start there.
        self.memo: dict[str, tuple[int, ...]] = {}
        self.scanner: re.Pattern[str] | None = None
        for number, start in enumerate(self.starts):
            for prefix in (*start.prefixes, *start.short):
                self.index.setdefault(len(prefix), {}).setdefault(prefix, []).append(number)
        if not self.starts:
            return
        first = {prefix[0] for table in self.index.values() for prefix in table}
        first_class = "".join(_char(ord(char)) for char in _ASCII if _canonical(char) in first)
        guards = sorted({start.guard for start in self.starts})
        guard = "|".join(f"(?{_flag_letters(flags)}:{source})" for source, flags in guards)
        rest = PREFIX_LENGTH - 1
        try:
            self.scanner = re.compile(rf"(?:{guard})(?=([{first_class}\x80-\U0010ffff](?s:.{{0,{rest}}})))")
        except re.error:  # pragma: no cover - a guard the scanner cannot hold: scan everywhere
            self.everywhere = tuple(compiled)
            self.starts = ()

    def rules_at(self, key: str) -> tuple[int, ...]:
        """The indexes (in :attr:`starts`) of the rules that can start at characters ``key``."""
        normal = key.translate(_CANONICAL)
        hits: set[int] = set()
        for length, table in self.index.items():
            if len(normal) >= length:
                hits.update(table.get(normal[:length], ()))
        found = tuple(sorted(hits))
        if len(self.memo) >= _MAX_MEMO:
            self.memo.clear()
        self.memo[key] = found
        return found


_PLANS: dict[int, tuple[tuple[CompiledRule, ...], _Plan]] = {}


def _plan_for(rule_set: RuleSet) -> _Plan:
    """The plan of ``rule_set``, built on first use (a rule set is immutable, so it is kept)."""
    compiled = rule_set.compiled
    known = _PLANS.get(id(compiled))
    if known is not None and known[0] is compiled:
        return known[1]
    plan = _Plan(compiled)
    if len(_PLANS) >= 8:
        _PLANS.clear()
    _PLANS[id(compiled)] = (compiled, plan)  # holding ``compiled`` keeps its id from being reused
    return plan


# ---------------------------------------------------------------------------------------------
# The fast scan.


def _accept(found: Found, compiled: CompiledRule, match: re.Match[str]) -> None:
    rule = compiled.rule
    partial = rule.parse(RuleMatch(match))
    if partial is not None:
        start, end = match.span()
        candidate = Candidate(start, end, match.group(0), rule.name, rule.type, partial)
        found.append((candidate, rule.priority, compiled.order))


def scan(text: str, rule_set: RuleSet) -> Found:
    """Every accepted match of every rule: ``(candidate, priority, rule order)``.

    The same matches as :func:`scan_reference` (possibly in another order; :func:`choose` does
    not depend on it), found by trying each rule only where it can start.

    >>> from dateline.rules import rules_for
    >>> sorted((c.start, c.rule) for c, _, _ in scan("Two days ago, on Tuesday", rules_for("en")))
    [(0, 'duration.amount_unit'), (0, 'relative.units_ago'), (17, 'date.weekday')]
    """
    plan = _plan_for(rule_set)
    found: Found = []
    for compiled in plan.everywhere:
        for match in compiled.regex.finditer(text):
            if match.end() != match.start():
                _accept(found, compiled, match)
    if plan.scanner is None:
        return found
    positions: list[list[int]] = [[] for _ in plan.starts]
    memo = plan.memo
    for start in plan.scanner.finditer(text):
        key = start.group(1)
        hits = memo.get(key)
        if hits is None:
            hits = plan.rules_at(key)
        if hits:
            position = start.start()
            for index in hits:
                positions[index].append(position)
    for start_of, places in zip(plan.starts, positions):
        if not places:
            continue
        compiled = start_of.compiled
        match_at = compiled.regex.match
        end = 0
        for position in places:
            if position < end:
                continue
            match = match_at(text, position)
            if match is not None:
                end = match.end()
                _accept(found, compiled, match)
    return found


def choose(found: Found) -> list[Candidate]:
    """Keep a set of non-overlapping candidates: longest first, then priority, then rule order."""
    ranked = sorted(
        found, key=lambda item: (-(item[0].end - item[0].start), -item[1], item[2], item[0].start)
    )
    starts: list[int] = []
    chosen: list[Candidate] = []
    for candidate, _, _ in ranked:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        chosen.insert(index, candidate)
    return chosen


def extract(text: str, rule_set: RuleSet) -> list[Candidate]:
    """The chosen candidates of ``text`` in reading order (before refinement)."""
    return choose(scan(text, rule_set))
