"""Coverage-guided fuzzing of :func:`dateline.annotate` with atheris (optional, not a test module).

Each input is read as a recipe: a publication date, a domain, then a text assembled from lexicon
words (so that the rules fire), hostile pieces (NUL, lone surrogates, RTL marks) and raw Unicode
from the fuzzer's bytes. Every annotation must satisfy ``strategies.check_invariants``; any
exception or failed invariant is a crash that atheris reports with the input that caused it.

Run it as a script when atheris is installed (``pip install atheris``); libFuzzer options pass
through, so bound the run by time or by count::

    python tests/fuzz/fuzz_annotate.py -max_total_time=60
    python tests/fuzz/fuzz_annotate.py -runs=20000 some/corpus/folder

``tests/fuzz/test_fuzz.py`` runs it briefly when atheris is present and skips it otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from strategies import GLUE_WORDS, HOSTILE_PIECES, LEXICON_WORDS, SEPARATORS, check_invariants

import dateline

WORDS: tuple[str, ...] = (*LEXICON_WORDS, *GLUE_WORDS)
DCTS: tuple[str | None, ...] = (
    None,
    "2025-05-09",
    "1998-01-08",
    "2021-01-08",
    "2024-02-29",
    "0001-01-01",
    "9999-12-31",
    "2025-05-09T23:59:59",
)
DOMAINS = ("news", "narrative", "auto")


def text_from(provider: object) -> str:
    """A text assembled from the fuzzer's bytes: words, numbers, separators, hostile pieces and
    raw Unicode, up to 64 pieces."""
    consume_int = provider.ConsumeIntInRange  # type: ignore[attr-defined]
    pieces: list[str] = []
    for _ in range(consume_int(0, 64)):
        kind = consume_int(0, 5)
        if kind <= 1:
            word = WORDS[consume_int(0, len(WORDS) - 1)]
            pieces.append(word.upper() if kind else word.title())
        elif kind == 2:
            pieces.append(str(consume_int(0, 3000)))
        elif kind == 3:
            pieces.append(HOSTILE_PIECES[consume_int(0, len(HOSTILE_PIECES) - 1)])
        elif kind == 4:
            pieces.append(provider.ConsumeUnicode(consume_int(0, 12)))  # type: ignore[attr-defined]
        else:
            pieces.append(WORDS[consume_int(0, len(WORDS) - 1)] * consume_int(1, 40))
        pieces.append(SEPARATORS[consume_int(0, len(SEPARATORS) - 1)])
    return "".join(pieces)


def test_one_input(data: bytes) -> None:
    """The fuzz target: annotate the text the bytes describe and check every invariant."""
    import atheris

    provider = atheris.FuzzedDataProvider(data)
    dct = DCTS[provider.ConsumeIntInRange(0, len(DCTS) - 1)]
    domain = DOMAINS[provider.ConsumeIntInRange(0, len(DOMAINS) - 1)]
    text = text_from(provider)
    check_invariants(text, dateline.annotate(text, dct, domain=domain))


def _instrument_dateline() -> None:
    """Add coverage feedback to dateline's own functions (all of them, not the standard library)."""
    import atheris

    for name, module in list(sys.modules.items()):
        if name == "dateline" or name.startswith("dateline."):
            for value in list(vars(module).values()):
                functions = [value]
                if isinstance(value, type) and value.__module__ == name:
                    functions = list(vars(value).values())
                for function in functions:
                    if callable(function) and getattr(function, "__module__", None) == name:
                        try:
                            atheris.instrument_func(function)
                        except (TypeError, ValueError, AttributeError):  # builtins, slots
                            continue


def main(argv: list[str]) -> None:
    import atheris

    dateline.annotate("warm up: May 8, 2025", "2025-05-09")  # every stage imported
    _instrument_dateline()
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
