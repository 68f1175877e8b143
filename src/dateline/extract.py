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
   tree. Two facts come out of it: the one-character *guard* in front (the "not after a word
   character" lookbehind that :func:`~dateline.rules.base.compile_pattern` adds), and the set of
   *prefixes*, the first eight characters any match can begin with, written in character
   classes: letters lower-cased, every digit ``0``, every space `` `` (a run of spaces counts as
   one), every other non-ASCII character ``\x80``. ``{number} days ago`` can only start at
   ``"two days"``, ``"0 weeks "``, ``"a few mo"``…; ``{weekday}`` at ``"monday"``, ``"tues. "``…
2. Per text, one pass of a small regex lists every position that passes a guard, with the
   characters that follow it (it consumes the character before the position, one the guard
   lets through: a regex that begins with a character class is scanned for fast, one that
   begins with a look-behind is tried at every position); two memos (the first four
   characters, then eight where four do not decide, as after "the ") map them to the
   rules that can start there.
3. Each rule then calls ``regex.match(text, position)`` at its own positions, in order, skipping
   the positions inside its previous match. That is what ``finditer`` does (the leftmost match
   at or after the end of the previous one; lookbehinds still see the text before
   ``position``), and the positions are a superset of the real starts, so the matches are the
   same.

A rule whose pattern cannot be read this way (a back-reference, no guard in front, a pattern that
can match the empty string, or a parse tree this Python version shapes differently) runs over the
whole text as before: the speed-up never changes the output. So does a rule whose prefixes say
next to nothing (a capitalised word); but it skips the texts that lack a run of characters every
match of it holds, as the case-sensitive "Day" of "(kept as) Martyred Intellectuals Day", and a
pattern whose matches begin with a character it names ("a capital at the head of a sentence") is
tried only where that character is. A rule that says where it can start (:attr:`Rule.starts`: an
age may start at any number, but has "aged" before it or "years old" after it) is tried there only.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dateline.resolve import Candidate
from dateline.rules import CompiledRule, Domain, RuleSet
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

__all__ = [
    "PLAN_AFTER",
    "choose",
    "extract",
    "extract_reference",
    "in_domain",
    "prepare",
    "scan",
    "scan_reference",
]

Found = list[tuple[Candidate, int, int]]

#: At most how many characters of a start position decide which rules are tried there.
PREFIX_LENGTH = 8
#: The first characters looked at; the rest only where a rule's longer prefix needs them.
HEAD_LENGTH = 4
#: Characters of the text read after the head: more than the prefix needs, as runs of spaces
#: count as one (where they still leave too few, the rules the window begins are tried as well).
_TAIL_LENGTH = 8
#: Ends a memo key whose characters may go on: the window fell short of the prefix length.
_OPEN_END = "\uffff"
#: Stands for any non-ASCII character in start prefixes (the regex engine's case folding maps a
#: few of them onto ASCII letters, so they are never ruled out).
_NON_ASCII = "\x80"
_ASCII = "".join(map(chr, range(128)))
#: Above this many prefixes a rule's prefixes are cut shorter.
_MAX_PREFIXES = 4_000
#: Memo sizes: past them, new characters are looked up every time (the common ones are in).
_MAX_MEMO = 1 << 16
_MAX_MEMO_LONG = 1 << 17
_FLAG_MASK = int(re.IGNORECASE | re.DOTALL | re.ASCII)
#: A rule whose start prefixes are this short or shorter is scanned with ``finditer``.
_BROAD_LENGTH = 2


# ---------------------------------------------------------------------------------------------
# The reference algorithm: every rule over the whole text.


def scan_reference(text: str, rule_set: RuleSet, domain: Domain | None = None) -> Found:
    """Every accepted match of every rule (of the rules that tag in ``domain``, when given), each
    rule's regex run over the whole text.

    This is the straightforward algorithm :func:`scan` must agree with; it is kept as the
    reference for the equivalence tests.

    >>> from dateline.rules import rules_for
    >>> [(c.text, c.rule) for c, _, _ in scan_reference("on Tuesday", rules_for("en"))]
    [('Tuesday', 'date.weekday')]
    """
    skip = rule_set.untagged[domain] if domain is not None else frozenset()
    found: Found = []
    for compiled in rule_set.compiled:
        rule = compiled.rule
        if rule.name in skip:
            continue
        for match in compiled.regex.finditer(text):
            if match.end() == match.start():
                continue
            partial = rule.parse(RuleMatch(match))
            if partial is None:
                continue
            candidate = Candidate(match.start(), match.end(), match.group(0), rule.name, rule.type, partial)
            found.append((candidate, rule.priority, compiled.order))
    return found


def extract_reference(text: str, rule_set: RuleSet, domain: Domain = "news") -> list[Candidate]:
    """:func:`extract` with :func:`scan_reference`: the output :func:`extract` must reproduce.

    >>> from dateline.rules import rules_for
    >>> text = "Talks on May 8, 2025 and again on Tuesday."
    >>> extract_reference(text, rules_for("en")) == extract(text, rules_for("en"))
    True
    """
    return choose(scan_reference(text, rule_set, domain))


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
    space `` ``, every other non-ASCII character ``\x80``; the rest stand for themselves."""
    if _SPACE.match(char):
        return " "
    if not char.isascii():
        return FOLDS_TO_ASCII.get(char, _NON_ASCII)
    if char.isdigit():
        return "0"
    return char.lower()


class _Canonical(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table applying :func:`_canonical` to any character: every ASCII
    character is in it, other characters join it as they are met (up to a bound)."""

    def __missing__(self, code: int) -> str:
        value = _canonical(chr(code))
        if len(self) < _MAX_CANONICAL:
            self[code] = value
        return value


#: The classes a non-ASCII character can fall in.
_ANY_NON_ASCII = frozenset({_NON_ASCII, " ", *FOLDS_TO_ASCII.values()})


def _literal_classes(code: int) -> frozenset[str]:
    """The classes of the non-ASCII characters a literal may match. Its case variants are
    non-ASCII letters (``\x80``) or, for an ASCII letter's variants, that letter's class."""
    if code < 128:
        return frozenset()
    return frozenset({_canonical(chr(code)), _NON_ASCII})


def _non_ascii_classes(op: object, av: object) -> frozenset[str]:
    """The classes of the non-ASCII characters an element may match (a superset)."""
    c = _sre_constants
    if op is c.LITERAL:
        return _literal_classes(av)  # type: ignore[arg-type]
    if op is not c.IN:
        return _ANY_NON_ASCII  # ``.`` and ``[^x]``
    classes: set[str] = set()
    for item_op, item_av in av:  # type: ignore[attr-defined]
        if (item_op is c.LITERAL and item_av < 128) or (item_op is c.RANGE and item_av[1] < 128):
            continue
        if item_op is c.LITERAL:
            classes.update(_literal_classes(item_av))
        elif item_op is c.CATEGORY and item_av is c.CATEGORY_SPACE:
            classes.add(" ")
        elif item_op is c.CATEGORY and item_av is c.CATEGORY_DIGIT:
            classes.add(_NON_ASCII)
        elif item_op is c.CATEGORY and item_av is c.CATEGORY_WORD:
            classes.update(_ANY_NON_ASCII - {" "})
        else:
            return _ANY_NON_ASCII
    return frozenset(classes)


_SPACE = re.compile(r"\s")
_SPACES = re.compile(" {2,}")


def _collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text)


_MAX_CANONICAL = 1 << 14
_CANONICAL = _Canonical({ord(char): _canonical(char) for char in _ASCII})

Prefixes = set[str]
#: Character classes of parse-tree elements (pure, shared by every analysis).
_CHAR_SETS: dict[tuple[object, object, int], frozenset[str]] = {}
#: Literal (code, flags) -> its class when it has exactly one, else "".
_SINGLE_CLASSES: dict[tuple[int, int], str] = {}


@dataclass
class _Analyser:
    """Computes the possible first ``length`` characters (as classes) of the matches of a pattern.

    The state is the set of *open* prefixes (shorter than ``length``, still growing); prefixes
    that reach ``length`` are *done* and collected on the side. When the sets grow past
    :data:`_MAX_PREFIXES`, ``length`` shrinks and every prefix is cut to it: a prefix of a prefix
    still lets every match through, it only lets more positions be tried.
    """

    length: int = PREFIX_LENGTH

    def cut(self, open_: Prefixes, done: Prefixes) -> tuple[Prefixes, Prefixes]:
        """Both sets with every prefix cut to :attr:`length`."""
        length = self.length
        cut_done = {prefix[:length] for prefix in done}
        cut_open: Prefixes = set()
        for prefix in open_:
            if len(prefix) >= length:
                cut_done.add(prefix[:length])
            else:
                cut_open.add(prefix)
        return cut_open, cut_done

    def settle(self, open_: Prefixes, done: Prefixes) -> tuple[Prefixes, Prefixes]:
        """Both sets, shortened until they hold at most :data:`_MAX_PREFIXES` prefixes."""
        while len(open_) + len(done) > _MAX_PREFIXES and self.length > 1:
            longest = max(len(prefix) for prefix in (*open_, *done))
            self.length = max(1, min(self.length, longest) - 1)
            open_, done = self.cut(open_, done)
        return open_, done

    @staticmethod
    def chars(op: object, av: object, flags: int) -> frozenset[str]:
        """The character classes an element matches."""
        key = (op, tuple(av) if isinstance(av, list) else av, flags & _FLAG_MASK)
        known = _CHAR_SETS.get(key)
        if known is None:
            matched = re.compile(_char_source(op, av), flags & _FLAG_MASK).findall(_ASCII)
            classes = {_canonical(char) for char in matched} | _non_ascii_classes(op, av)
            known = _CHAR_SETS[key] = frozenset(classes)
        return known

    def sequence(
        self, items: Iterable[tuple[object, object]], open_: Prefixes, flags: int
    ) -> tuple[Prefixes, Prefixes]:
        done: Prefixes = set()
        run = ""  # literals of a single class each, joined in one step (words of the lexicon)
        literal = _sre_constants.LITERAL
        masked = flags & _FLAG_MASK
        for op, av in getattr(items, "data", items):  # a parser SubPattern or a list
            if op is literal:
                single = _SINGLE_CLASSES.get((av, masked))  # type: ignore[arg-type]
                if single is None:
                    chars = self.chars(op, av, flags)
                    single = _SINGLE_CLASSES[(av, masked)] = next(iter(chars)) if len(chars) == 1 else ""  # type: ignore[index]
                if single:
                    run += single
                    continue
            if run:
                open_, finished = self.join(open_, run)
                done |= finished
                run = ""
            if not open_:
                break
            open_, finished = self.item(op, av, open_, flags)
            done |= finished
        if run and open_:
            open_, finished = self.join(open_, run)
            done |= finished
        return open_, done

    def join(self, open_: Prefixes, run: str) -> tuple[Prefixes, Prefixes]:
        """Extend every open prefix by the fixed characters ``run``."""
        grown: Prefixes = set()
        done: Prefixes = set()
        for prefix in open_:
            joined = prefix + run
            if "  " in joined:
                joined = _collapse_spaces(joined)
            if len(joined) >= self.length:
                done.add(joined[: self.length])
            else:
                grown.add(joined)
        return self.settle(grown, done)

    def item(self, op: object, av: object, open_: Prefixes, flags: int) -> tuple[Prefixes, Prefixes]:
        c = _sre_constants
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            chars = self.chars(op, av, flags)
            length = self.length
            grown: Prefixes = set()
            done: Prefixes = set()
            for prefix in open_:
                if len(prefix) >= length:  # cut shorter meanwhile
                    done.add(prefix[:length])
                    continue
                space_run = prefix.endswith(" ")  # a run of spaces counts as one
                if space_run and " " in chars:
                    grown.add(prefix)
                for char in chars:
                    if not (space_run and char == " "):
                        extended = prefix + char
                        (done if len(extended) >= length else grown).add(extended)
            return self.settle(grown, done)
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

    def union(self, results: list[tuple[Prefixes, Prefixes]]) -> tuple[Prefixes, Prefixes]:
        open_: Prefixes = set()
        done: Prefixes = set()
        for grown, finished in results:
            open_ |= grown
            done |= finished
        return self.settle(open_, done)

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
    #: The characters the start may follow (those its guard lets through: a pattern) and the
    #: flags it is read with.
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
        guard_flags = flags & _FLAG_MASK
        if not _is_cased(guard_op, guard_av):  # the regex compiler ignores re.IGNORECASE here
            guard_flags &= ~re.IGNORECASE
        guard = (_not_char_source(guard_op, guard_av), guard_flags)
        analyser = _Analyser()
        open_, done = analyser.cut(*analyser.sequence(tree.data[1:], {""}, flags))
        if "" in open_:
            return None  # an empty match is possible after all
        return _Start(compiled, guard, analyser.length, frozenset(done), frozenset(open_))
    except (_Unreadable, re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        return None


def _not_char_source(op: object, av: object) -> str:
    """A pattern for the characters a one-character element does not match: a character class
    where one says it (the regex engine scans for a class fast), else a look-ahead."""
    c = _sre_constants
    if op is c.IN and all(item_op is not c.NEGATE for item_op, _ in av):  # type: ignore[attr-defined]
        return "[^" + _char_source(op, av)[1:]
    if op is c.LITERAL:
        return f"[^{_char(av)}]"  # type: ignore[arg-type]
    return f"(?!{_char_source(op, av)})(?s:.)"


def _required_texts(items: Iterable[tuple[object, object]], flags: int) -> list[str]:
    """Texts every match of a parse-tree sequence contains, matched as they are: runs of literals
    in the sequence, in its groups and in the first turn of its repetitions (the literals the
    flags read case-insensitively do not count, unless they are uncased)."""
    c = _sre_constants
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    texts: list[str] = []
    run = ""
    for op, av in getattr(items, "data", items):
        if op is c.LITERAL and not (flags & re.IGNORECASE and _is_cased(op, av)):
            run += chr(av)  # type: ignore[call-overload]
            continue
        if run:
            texts.append(run)
            run = ""
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av  # type: ignore[misc]
            texts += _required_texts(sub, (flags | add_flags) & ~del_flags)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            texts += _required_texts(av, flags)  # type: ignore[arg-type]
        elif op in repeats and av[0] >= 1:  # type: ignore[index]
            texts += _required_texts(av[2], flags)  # type: ignore[index]
    if run:
        texts.append(run)
    return texts


def _first_char(items: Iterable[tuple[object, object]], flags: int) -> str | None:
    """A pattern for the character every match of a parse-tree sequence begins with, when the
    sequence says it plainly: its first element that is not a zero-width condition, looked for
    in groups but not in alternatives or repetitions."""
    c = _sre_constants
    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)
    for op, av in getattr(items, "data", items):
        if op in zero_width:
            continue
        if op is c.BRANCH and all(sub_op in zero_width for branch in av[1] for sub_op, _ in branch):  # type: ignore[index]
            continue  # "(?:(?<=^)|(?<=\n))": conditions only
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av  # type: ignore[misc]
            return _first_char(sub, (flags | add_flags) & ~del_flags)
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return f"(?{_flag_letters(flags & _FLAG_MASK)}:{_char_source(op, av)})"
        return None
    return None


@dataclass(frozen=True, slots=True)
class _Whole:
    """A rule run over the whole text: only on texts with all of ``required`` (runs of characters
    every match of it contains) and, with a ``finder``, only where that finds a match."""

    compiled: CompiledRule
    required: tuple[str, ...]
    #: The positions where the rule matches, found by the regex engine's fast scan for the
    #: character its matches begin with (a pattern that begins with a look-behind, as a guarded
    #: one does, is tried at every position instead): the finder consumes that character, then
    #: looks back to try the rule where it began.
    finder: re.Pattern[str] | None
    #: Where the rule says it can start (:attr:`Rule.starts`), when the plan relies on it.
    starts: Callable[[str], Iterable[int] | None] | None = None


def _own_starts(compiled: CompiledRule) -> bool:
    """Whether the plan tries ``compiled`` where its rule says it starts: a rule that says so
    and cannot match the empty string (after which ``finditer`` goes on differently)."""
    if compiled.rule.starts is None or _sre_parser is None or not isinstance(compiled.regex.pattern, str):
        return False
    try:
        return bool(_sre_parser.parse(compiled.regex.pattern, compiled.regex.flags).getwidth()[0] > 0)
    except (re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        return False


def _whole_text(rules: Iterable[CompiledRule]) -> tuple[_Whole, ...]:
    """How each rule runs over the whole text (see :class:`_Whole`): a text without one of the
    ``required`` runs has no match ("holiday.kept_as" needs a case-sensitive "Day"); a rule that
    can start at any capital ("relative.after_event") is tried only at capitals."""
    wholes = []
    for compiled in rules:
        regex = compiled.regex
        required: list[str] = []
        finder = None
        if _sre_parser is not None and isinstance(regex.pattern, str):
            try:
                tree = _sre_parser.parse(regex.pattern, regex.flags)
                flags = int(getattr(getattr(tree, "state", None), "flags", regex.flags)) | regex.flags
                required = _required_texts(tree, flags)
                first = _first_char(tree, flags)
                if first is not None:
                    finder = re.compile(f"{first}(?<=(?=(?:{regex.pattern}))(?s:.))", regex.flags)
            except (re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
                pass
        required_texts = tuple(sorted(set(required), key=lambda text: (-len(text), text)))
        starts = compiled.rule.starts if _own_starts(compiled) else None
        wholes.append(_Whole(compiled, required_texts, finder, starts))
    return tuple(wholes)


def most_space_runs(source: str, flags: int = 0) -> float:
    """The most runs of white space a match of the pattern ``source`` can hold (an upper bound:
    two characters that may be spaces count as two runs); ``math.inf`` when it has no bound
    ("(?:\\w+\\s)*") or the parse tree holds something this does not read.

    >>> most_space_runs(r"a\\s+couple\\s+of|[0-9]+(?:,[0-9]{3})*"), most_space_runs(r"(?:\\w+ )+")
    (2, inf)
    """
    if _sre_parser is None:
        return math.inf
    try:
        return _space_runs(_sre_parser.parse(source, flags))
    except (_Unreadable, re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        return math.inf


def _space_runs(items: Iterable[tuple[object, object]]) -> float:
    c = _sre_constants
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    total: float = 0
    for op, av in getattr(items, "data", items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        if op is c.SUBPATTERN:
            total += _space_runs(av[3])  # type: ignore[index]
        elif op is getattr(c, "ATOMIC_GROUP", None):
            total += _space_runs(av)  # type: ignore[arg-type]
        elif op is c.BRANCH:
            total += max(_space_runs(alternative) for alternative in av[1])  # type: ignore[index]
        elif op in repeats:
            _, high, sub = av  # type: ignore[misc]
            inner = _space_runs(sub)
            if not inner or not high:
                continue
            if high == c.MAXREPEAT:
                # A repetition of white space alone is one run ("\\s+"); of anything else, no bound.
                total += 1 if _only_spaces(sub) else math.inf
            else:
                total += inner * high
        elif op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            total += 1 if _may_be_space(op, av) else 0
        else:
            raise _Unreadable(op)
    return total


#: Every character ``\\s`` matches (none is above U+3000).
_SPACE_CHARS = "".join(char for char in map(chr, range(0x3001)) if _SPACE.match(char))


def _may_be_space(op: object, av: object) -> bool:
    """Whether a one-character element can match white space (which has no case)."""
    return re.search(_char_source(op, av), _SPACE_CHARS) is not None


def _only_spaces(items: Iterable[tuple[object, object]]) -> bool:
    """Whether a sequence is one character that matches white space only (as ``\\s``)."""
    data = list(getattr(items, "data", items))
    if len(data) != 1 or data[0][0] is not _sre_constants.IN:
        return False
    return data[0][1] == [(_sre_constants.CATEGORY, _sre_constants.CATEGORY_SPACE)]  # type: ignore[comparison-overlap]


def _is_cased(op: object, av: object) -> bool:
    """Whether a one-character element names a cased character (where ``re.IGNORECASE``
    changes what it matches); a class of categories and uncased characters is the same either way.
    """
    c = _sre_constants

    def cased(code: int) -> bool:
        char = chr(code)
        return char.lower() != char or char.upper() != char or char in FOLDS_TO_ASCII

    if op is c.LITERAL or op is c.NOT_LITERAL:
        return cased(av)  # type: ignore[arg-type]
    if op is not c.IN:
        return True
    for item_op, item_av in av:  # type: ignore[attr-defined]
        if item_op is c.LITERAL and cased(item_av):
            return True
        if item_op is c.RANGE:
            low, high = item_av
            if high - low > 256 or any(cased(code) for code in range(low, high + 1)):
                return True
    return False


def _flag_letters(flags: int) -> str:
    on = ("i" if flags & re.IGNORECASE else "") + ("s" if flags & re.DOTALL else "")
    on += "a" if flags & re.ASCII else ""
    off = ("i" if not flags & re.IGNORECASE else "") + ("s" if not flags & re.DOTALL else "")
    return on + ("-" + off if off else "")


#: How many characters of the prefixes the scanner regex itself checks.
_SCANNER_HEAD = 1


def _raw_class(char: str) -> str:
    """A regex for the text characters of class ``char`` (a space: a run of spaces)."""
    if char == " ":
        return r"\s+"
    if char == _NON_ASCII:
        return r"[^\x00-\x7f]"
    members = [raw for raw in _ASCII if _canonical(raw) == char]
    members += [raw for raw, letter in FOLDS_TO_ASCII.items() if letter == char]
    return "[" + "".join(_char(ord(raw)) for raw in members) + "]"


def _trie(heads: set[str]) -> str:
    """A regex matching the text at a position whose characters begin with one of ``heads``
    (strings of classes); it may match more (it only has to let every head through)."""
    if "" in heads:
        return ""
    children: dict[str, set[str]] = {}
    for head in heads:
        children.setdefault(head[0], set()).add(head[1:])
    return "(?:" + "|".join(_raw_class(char) + _trie(rest) for char, rest in sorted(children.items())) + ")"


#: Memo value of a head that does not decide alone: look at the whole prefix.
_LONGER: tuple[int, ...] = (-1,)


class _Plan:
    """The start analysis of a whole rule set and the single-pass scanner built from it."""

    def __init__(self, compiled: Sequence[CompiledRule]) -> None:
        #: Rules that say where they start (:attr:`Rule.starts`): tried there, with no start analysis.
        self.placed: tuple[CompiledRule, ...] = tuple(rule for rule in compiled if _own_starts(rule))
        starts = [(rule, _start_of(rule)) for rule in compiled if rule not in self.placed]
        self.everywhere: tuple[CompiledRule, ...] = tuple(rule for rule, start in starts if start is None)
        #: Rules whose prefixes say next to nothing (cut to :data:`_BROAD_LENGTH` characters, as
        #: "a capitalised word, then a unit" is): tried at nearly every word, they cost less as
        #: one ``finditer`` pass in C than as a ``match`` call at each of those words (see :class:`_Whole`).
        self.broad: tuple[CompiledRule, ...] = tuple(
            start.compiled for _, start in starts if start is not None and start.length <= _BROAD_LENGTH
        )
        self.starts: tuple[_Start, ...] = tuple(
            start for _, start in starts if start is not None and start.length > _BROAD_LENGTH
        )
        #: How the rules of :attr:`everywhere`, :attr:`broad` and :attr:`placed` run over the text.
        self.whole = _whole_text(self.everywhere + self.broad + self.placed)
        #: Start prefixes of each length -> the indexes (in :attr:`starts`) of their rules.
        self.index: dict[int, dict[str, set[int]]] = {}
        #: Heads that some rule's longer prefix begins with.
        self.continued: set[str] = set()
        #: Head characters as found in texts -> the rules that can start there (or :data:`_LONGER`).
        self.memo: dict[str, tuple[int, ...]] = {}
        #: Classes of the whole window (see :meth:`rules_at_long`) -> the rules that can start there.
        self.memo_long: dict[str, tuple[int, ...]] = {}
        #: The same for the window's characters as found in texts (the common ones).
        self.memo_raw: dict[str, tuple[int, ...]] = {}
        self.scanner: re.Pattern[str] | None = None
        self.scanner_at_start: re.Pattern[str] | None = None
        self.sorted_prefixes: list[tuple[str, int]] | None = None
        for number, start in enumerate(self.starts):
            for prefix in (*start.prefixes, *start.short):
                self.index.setdefault(len(prefix), {}).setdefault(prefix, set()).add(number)
                if len(prefix) > HEAD_LENGTH:
                    self.continued.add(prefix[:HEAD_LENGTH])
        if not self.starts:
            return
        heads = {prefix[:_SCANNER_HEAD] for table in self.index.values() for prefix in table}
        guards = sorted({start.guard for start in self.starts})
        # The guards are look-behinds; the scanner consumes the character before the start
        # instead (one a guard lets through). A pattern that begins with a character class is
        # one the regex engine scans for in a tight loop, where a look-behind in front costs a
        # full match attempt at every position of the text.
        follows = "|".join(f"(?{_flag_letters(flags)}:{source})" for source, flags in guards)
        head = rf"(?={_trie(heads)})(?=((?s:.{{1,{HEAD_LENGTH}}})))"
        try:
            self.scanner = re.compile(f"(?:{follows}){head}")
            #: The start of the text passes every guard: nothing is before it.
            self.scanner_at_start = re.compile(head)
        except re.error:  # pragma: no cover - a guard the scanner cannot hold: scan everywhere
            self.everywhere = tuple(compiled)
            self.whole = _whole_text(self.everywhere)
            self.starts = ()

    def _rules(self, normal: str, complete: bool) -> tuple[int, ...]:
        """The rules with a prefix that begins ``normal`` or, when more characters may follow
        (``complete`` false: spaces collapsed the window short), that ``normal`` begins."""
        hits: set[int] = set()
        for length, table in self.index.items():
            if len(normal) >= length:
                hits.update(table.get(normal[:length], ()))
        if not complete:
            if self.sorted_prefixes is None:
                self.sorted_prefixes = sorted(
                    (prefix, number)
                    for length, table in self.index.items()
                    for prefix, numbers in table.items()
                    for number in numbers
                )
            at = bisect.bisect_right(self.sorted_prefixes, (normal, len(self.starts)))
            while at < len(self.sorted_prefixes) and self.sorted_prefixes[at][0].startswith(normal):
                hits.add(self.sorted_prefixes[at][1])
                at += 1
        return tuple(sorted(hits))

    def rules_at(self, head: str) -> tuple[int, ...]:
        """The indexes (in :attr:`starts`) of the rules that can start at the characters ``head``
        (as found in a text), or :data:`_LONGER` when that depends on the characters after it."""
        normal = _collapse_spaces(head.translate(_CANONICAL))
        if len(head) < HEAD_LENGTH:  # the end of the text
            found = self._rules(normal, complete=True)
        elif len(normal) < HEAD_LENGTH or normal in self.continued:
            found = _LONGER
        else:
            found = self._rules(normal, complete=True)
        if len(self.memo) < _MAX_MEMO:
            self.memo[head] = found
        return found

    def rules_at_long(self, whole: str) -> tuple[int, ...]:
        """The rules that can start at ``whole``: a head followed by up to :data:`_TAIL_LENGTH`
        characters of the text. Memoized by their classes, which take few values."""
        normal = whole.translate(_CANONICAL)
        if "  " in normal:
            normal = _collapse_spaces(normal)
        if len(normal) >= PREFIX_LENGTH:
            normal = normal[:PREFIX_LENGTH]
        elif len(whole) == HEAD_LENGTH + _TAIL_LENGTH:  # not the end of the text
            normal += _OPEN_END
        found = self.memo_long.get(normal)
        if found is None:
            found = self._rules(normal.rstrip(_OPEN_END), complete=not normal.endswith(_OPEN_END))
            if len(self.memo_long) < _MAX_MEMO_LONG:
                self.memo_long[normal] = found
        if len(self.memo_raw) < _MAX_MEMO:
            self.memo_raw[whole] = found
        return found


#: Characters a rule set scans the plain way before its start analysis is built: the analysis
#: takes about as long as the plain scan of that much text, so short-lived uses (one sentence
#: from the command line) never pay for it. Each text counts at least :data:`_TEXT_WEIGHT`.
PLAN_AFTER = 20_000
_TEXT_WEIGHT = 500

# Rule sets are immutable: their analysis is kept, by the identity of their compiled rules
# (held in the value, so that the identity cannot be reused), with the characters scanned so far.
_PLANS: dict[int, tuple[tuple[CompiledRule, ...], _Plan | int]] = {}


def prepare(rule_set: RuleSet) -> None:
    """Build the start analysis of ``rule_set`` now, rather than once it has scanned
    :data:`PLAN_AFTER` characters (worker processes do this before their first document).

    >>> from dateline.rules import rules_for
    >>> prepare(rules_for("en"))
    """
    _plan_for(rule_set, PLAN_AFTER)


def _plan_for(rule_set: RuleSet, size: int) -> _Plan | None:
    """The plan of ``rule_set``, or ``None`` while it is cheaper to scan ``size`` more characters
    the plain way."""
    compiled = rule_set.compiled
    known = _PLANS.get(id(compiled))
    if known is not None and known[0] is compiled:
        state = known[1]
        if isinstance(state, _Plan):
            return state
        scanned = state
    else:
        scanned = 0
    scanned += max(size, _TEXT_WEIGHT)
    if len(_PLANS) >= 8 and known is None:
        _PLANS.clear()
    if scanned < PLAN_AFTER:
        _PLANS[id(compiled)] = (compiled, scanned)
        return None
    plan = _Plan(compiled)
    _PLANS[id(compiled)] = (compiled, plan)
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


def scan(text: str, rule_set: RuleSet, domain: Domain | None = None) -> Found:
    """Every accepted match of every rule: ``(candidate, priority, rule order)``. With a
    ``domain``, only the rules that tag in it are tried: a rule of narratives only (an age: it
    may start at any number) costs news nothing.

    The same matches as :func:`scan_reference` (possibly in another order; :func:`choose` does
    not depend on it), found by trying each rule only where it can start.

    >>> from dateline.rules import rules_for
    >>> sorted((c.start, c.rule) for c, _, _ in scan("Two days ago, on Tuesday", rules_for("en")))
    [(0, 'duration.amount_unit'), (0, 'relative.units_ago'), (4, 'fuzzy.past'), (17, 'date.weekday')]
    """
    plan = _plan_for(rule_set, len(text))
    if plan is None:
        return scan_reference(text, rule_set, domain)
    skip = rule_set.untagged[domain] if domain is not None else frozenset()
    found: Found = []
    #: Rules to try at given positions (in order): the ones that say where they start, then
    #: the ones the scanner found the places of.
    tried: list[tuple[CompiledRule, Iterable[int]]] = []
    for whole in plan.whole:
        compiled = whole.compiled
        if compiled.rule.name in skip:
            continue
        if not all(needed in text for needed in whole.required):
            continue
        places = whole.starts(text) if whole.starts is not None else None
        if places is not None:
            tried.append((compiled, places))
            continue
        if whole.finder is None:
            for match in compiled.regex.finditer(text):
                if match.end() != match.start():
                    _accept(found, compiled, match)
            continue
        end = 0
        for first in whole.finder.finditer(text):
            position = first.start()
            if position >= end:  # (a match inside the previous one is not one finditer finds)
                match = compiled.regex.match(text, position)
                if match is not None:
                    end = match.end()
                    _accept(found, compiled, match)
    if plan.scanner is not None and plan.scanner_at_start is not None:
        positions = _start_positions(plan, plan.scanner, plan.scanner_at_start, text)
        tried += (
            (start_of.compiled, places)
            for start_of, places in zip(plan.starts, positions, strict=True)
            if places and start_of.compiled.rule.name not in skip
        )
    for compiled, places in tried:
        # Each rule at its places, as finditer tries it: not inside its previous match (the
        # leftmost match at or after the end of the previous one).
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


def _start_positions(
    plan: _Plan, scanner: re.Pattern[str], scanner_at_start: re.Pattern[str], text: str
) -> list[list[int]]:
    """For each rule of ``plan.starts``, the positions of ``text`` it can start at, in order
    (found by the plan's scanners)."""
    positions: list[list[int]] = [[] for _ in plan.starts]
    memo, memo_raw = plan.memo, plan.memo_raw
    starts: Iterable[re.Match[str]] = scanner.finditer(text)
    at_start = scanner_at_start.match(text)
    if at_start is not None:
        starts = itertools.chain((at_start,), starts)
    for start in starts:
        # (Each start is where its match ends: the scanner consumes the character before it.)
        head = start[1]
        hits = memo.get(head)
        if hits is None:
            hits = plan.rules_at(head)
        if hits is _LONGER:
            # (The head and the characters after it: sliced here, only where they are needed,
            # rather than captured by the scanner at every start.)
            position = start.end()
            whole = text[position : position + HEAD_LENGTH + _TAIL_LENGTH]
            hits = memo_raw.get(whole)
            if hits is None:
                hits = plan.rules_at_long(whole)
        if hits:
            position = start.end()
            for index in hits:
                positions[index].append(position)
    return positions


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


def in_domain(found: Found, rule_set: RuleSet, domain: Domain) -> Found:
    """The matches of the rules that tag in ``domain`` (see :attr:`Rule.domains`).

    >>> from dateline.rules import rules_for
    >>> found = scan("the former king", rules_for("en"))
    >>> [c.text for c, _, _ in in_domain(found, rules_for("en"), "narrative")]
    ['former']
    >>> in_domain(found, rules_for("en"), "news")
    []
    """
    skip = rule_set.untagged[domain]
    if not skip:
        return found
    return [item for item in found if item[0].rule not in skip]


def extract(text: str, rule_set: RuleSet, domain: Domain = "news") -> list[Candidate]:
    """The chosen candidates of ``text`` in reading order (before refinement), of the rules that
    tag in texts of ``domain``."""
    return choose(scan(text, rule_set, domain))
