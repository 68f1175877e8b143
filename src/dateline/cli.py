"""The ``dateline`` command: annotate files, build timelines, evaluate against TimeML corpora.

Every error a user can cause (an unreadable file, a bad encoding, a bad ``--dct``) ends with one
line on stderr and exit status 2, never a traceback. With ``--output``, the result is written to
a temporary file next to the target and renamed into place only when complete.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from dateline.api import annotate_document
from dateline.errors import DatelineError
from dateline.timex import Timex

FORMATS = ("json", "jsonl", "timeml", "text")
EXIT_USAGE = 2


class _UsageError(Exception):
    """A problem with the command line or its inputs, reported in one line."""


def _read_input(path: str) -> tuple[str, str]:
    """The text of ``path`` (``-`` is standard input) and a name for it."""
    if path == "-":
        try:
            return sys.stdin.read(), "<stdin>"
        except UnicodeDecodeError as error:
            raise _UsageError(f"standard input is not valid UTF-8 ({error.reason})") from None
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise _UsageError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig"), path
    except UnicodeDecodeError as error:
        raise _UsageError(
            f"{path} is not valid UTF-8 (byte {error.start}: {error.reason}); convert it first, "
            "e.g. iconv -f latin1 -t utf-8"
        ) from None


def _write_output(render: Callable[[TextIO], None], output: str | None) -> None:
    """Write to stdout, or atomically to ``output`` (temporary file, then rename)."""
    if output is None:
        try:
            render(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except (OSError, UnicodeEncodeError) as error:  # a full disk, an ASCII-only terminal
            raise _UsageError(f"cannot write to standard output: {error}; try --output FILE") from None
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as error:
        raise _UsageError(f"cannot write {output}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            render(stream)
        os.replace(temporary, target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk, or ``output`` is a folder
            raise _UsageError(f"cannot write {output}: {error.strerror or error}") from None
        raise


def _mark_text(text: str, timexes: Sequence[Timex]) -> str:
    """The text with ``[[expression|VALUE]]`` marks."""
    pieces: list[str] = []
    position = 0
    for timex in timexes:
        pieces.append(text[position : timex.start])
        pieces.append(f"[[{timex.text}|{timex.value}]]")
        position = timex.end
    pieces.append(text[position:])
    return "".join(pieces)


def _command_annotate(arguments: argparse.Namespace) -> int:
    if arguments.format == "timeml" and len(arguments.files) > 1:
        raise _UsageError("--format timeml writes one document: give one FILE (or use --format jsonl)")
    documents = []
    for path in arguments.files or ["-"]:
        text, name = _read_input(path)
        document = annotate_document(text, arguments.dct, lang=arguments.lang, domain=arguments.domain)
        documents.append((name, document))

    def render(stream: TextIO) -> None:
        if arguments.format == "json":
            records = [
                {
                    "source": name,
                    "dct": document.dct.isoformat() if document.dct else None,
                    "dct_source": document.dct_source,
                    "timexes": [timex.to_dict() for timex in document.timexes],
                }
                for name, document in documents
            ]
            # One file gives one JSON object; several give one JSON array of them.
            payload: object = records[0] if len(records) == 1 else records
            stream.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
            return
        for name, document in documents:
            timexes = document.timexes
            if arguments.format == "jsonl":
                record = {"doc": Path(name).stem, "timexes": [timex.to_dict() for timex in timexes]}
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif arguments.format == "timeml":
                from dateline.timeml import write_timeml

                dct = document.dct.isoformat() if document.dct else None
                stream.write(write_timeml(document.text, timexes, dct=dct, doc_id=Path(name).stem))
            else:
                stream.write(_mark_text(document.text, timexes))
                if not document.text.endswith("\n"):
                    stream.write("\n")

    _write_output(render, arguments.output)
    return 0


def _command_timeline(arguments: argparse.Namespace) -> int:
    from dateline.events import format_timeline, timeline

    results = []
    for path in arguments.files or ["-"]:
        text, name = _read_input(path)
        results.append((name, timeline(text, dct=arguments.dct, domain=arguments.domain)))

    def render(stream: TextIO) -> None:
        for name, events in results:
            if arguments.format == "json":
                for event in events:
                    record = {"source": name, **event.to_dict()}
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                if len(results) > 1:
                    stream.write(f"# {name}\n")
                stream.write(format_timeline(events))

    _write_output(render, arguments.output)
    return 0


def _command_evaluate(arguments: argparse.Namespace) -> int:
    from dateline.evaluate import main_evaluate

    if not Path(arguments.gold_dir).is_dir():
        raise _UsageError(f"{arguments.gold_dir} is not a folder of TimeML (.tml) files")
    if arguments.system is not None and not Path(arguments.system).is_file():
        raise _UsageError(f"cannot read {arguments.system}: no such file")
    return main_evaluate(
        arguments.gold_dir,
        system_file=arguments.system,
        domain=arguments.domain,
        show_errors=arguments.errors,
        out=sys.stdout,
    )


def _add_document_options(command: argparse.ArgumentParser, *, dct_help: str) -> None:
    """The inputs and options that ``annotate`` and ``timeline`` share."""
    command.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files; '-' or nothing reads stdin"
    )
    command.add_argument("--dct", help=dct_help)
    command.add_argument(
        "--domain",
        choices=("news", "narrative", "auto"),
        default="news",
        help="news (default), narrative or auto",
    )
    command.add_argument("--output", "-o", help="write here (atomically) instead of stdout")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``dateline`` command."""
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Find temporal expressions and normalize them to TimeML TIMEX3 values.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    annotate = commands.add_parser("annotate", help="annotate text files (or stdin) with TIMEX3 values")
    _add_document_options(
        annotate, dct_help="publication date, YYYY-MM-DD (default: a dateline in the text, else none)"
    )
    annotate.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    annotate.add_argument(
        "--lang",
        default="en",
        help="the texts' language: en (default), or a code dateparser knows (de, fr, es, it, pt, ...)",
    )
    annotate.set_defaults(run=_command_annotate)

    timeline = commands.add_parser("timeline", help="print the dated events of text files")
    _add_document_options(timeline, dct_help="publication date, YYYY-MM-DD")
    timeline.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json lines"
    )
    timeline.set_defaults(run=_command_timeline)

    evaluate = commands.add_parser(
        "evaluate", help="score against a folder of gold TimeML files (TempEval-3)"
    )
    evaluate.add_argument(
        "gold_dir", metavar="GOLD_DIR", help="folder with .tml files (searched recursively)"
    )
    evaluate.add_argument(
        "--errors", action="store_true", help="list misses, false positives and wrong values"
    )
    evaluate.add_argument(
        "--system", metavar="FILE.jsonl", help="score this system output instead of running dateline"
    )
    evaluate.add_argument(
        "--domain",
        choices=("news", "narrative", "auto"),
        default="auto",
        help="auto (default), news or narrative",
    )
    evaluate.set_defaults(run=_command_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 on success, 2 on a usage error).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("They met on the 8th.", encoding="utf-8")
    >>> main(["annotate", "--dct", "2025-05-09", "--format", "text", str(folder / "a.txt")])
    They met on [[the 8th|2025-05-08]].
    0
    >>> main(["annotate", "--dct", "2025-02-30", str(folder / "a.txt")])
    2
    """
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except (_UsageError, DatelineError) as error:
        print(f"dateline: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
