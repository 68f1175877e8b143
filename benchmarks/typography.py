"""How much a change of typography changes what is found.

For every TimeML document of a corpus, dateline annotates its text as it is and as each change
below leaves it, and counts the expressions of the first reading that the second does not give
(compared by their text with spacing made single, words broken at a hyphen joined and
apostrophes made straight, and by type, value and mod). None of these changes alters what a
sentence says, so the ideal count is 0.

| change | what it does to the text |
|---|---|
| `double` | every space two spaces |
| `nbsp` | every space a no-break space |
| `tab` | every space a tab |
| `crlf` | every line end ``\\r\\n`` |
| `wrap` | every paragraph wrapped at 60 columns |
| `curly` | every ``'`` a right single quotation mark (U+2019) |
| `upper` | the whole text upper-case |
| `lower` | the whole text lower-case |

Case changes are compared case-blind. Run from the repository::

    python benchmarks/typography.py ../shared/corpora/tbaq
    python benchmarks/typography.py ../shared/corpora/wikiwars-dev --domain narrative --show 10
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import dateline
from dateline.timeml import read_timeml

Reading = tuple[str, str, str, str | None]
_BROKEN_AT_HYPHEN = re.compile(r"(?<=\w-)\s+(?=\w)")


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.fill(line, 60) if line.strip() else line for line in text.split("\n"))


CHANGES: dict[str, Callable[[str], str]] = {
    "double": lambda text: text.replace(" ", "  "),
    "nbsp": lambda text: text.replace(" ", "\u00a0"),
    "tab": lambda text: text.replace(" ", "\t"),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "wrap": _wrapped,
    "curly": lambda text: text.replace("'", "\u2019"),
    "upper": str.upper,
    "lower": str.lower,
}


def _readings(text: str, dct: str | None, domain: str, case_blind: bool) -> Counter[Reading]:
    found: Counter[Reading] = Counter()
    for timex in dateline.annotate(text, dct=dct, domain=domain):
        words = " ".join(_BROKEN_AT_HYPHEN.sub("", timex.text.replace("\u2019", "'")).split())
        found[(words.lower() if case_blind else words, timex.type, timex.value, timex.mod)] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of TimeML (*.tml) documents")
    parser.add_argument("--domain", default="news", choices=("news", "narrative", "auto"))
    parser.add_argument("--changes", nargs="+", default=list(CHANGES), choices=list(CHANGES))
    parser.add_argument("--show", type=int, default=0, help="print this many changed expressions per change")
    arguments = parser.parse_args(argv)
    documents = [read_timeml(path) for path in sorted(arguments.corpus.rglob("*.tml"))]
    print(f"{len(documents)} documents in {arguments.corpus}; domain {arguments.domain}")
    print(f"{'change':8} {'expressions':>11} {'changed':>8} {'share':>7}")
    for name in arguments.changes:
        change = CHANGES[name]
        case_blind = name in ("upper", "lower")
        total = 0
        changed: list[tuple[str, Reading]] = []
        for document in documents:
            before = _readings(document.text, document.dct, arguments.domain, case_blind)
            after = _readings(change(document.text), document.dct, arguments.domain, case_blind)
            total += sum(before.values())
            changed.extend((document.doc_id, reading) for reading in (before - after).elements())
        share = 100 * len(changed) / total if total else 0.0
        print(f"{name:8} {total:11,} {len(changed):8,} {share:6.2f}%")
        for doc_id, reading in changed[: arguments.show]:
            print(f"    {doc_id}: {reading}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
