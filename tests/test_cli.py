"""The command line under failure: one line on stderr, exit status 2, no traceback, no partial file.

Most tests call :func:`dateline.cli.main` in-process; one runs the real command in a subprocess.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli import EXIT_USAGE, main

ARTICLE = "Talks ended on May 8. They will meet again next week.\n"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>\n<TimeML><TEXT>&lol9;</TEXT></TimeML>\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def assert_one_line_error(capsys: pytest.CaptureFixture[str], status: int, *needles: str) -> str:
    """The call failed with status 2 and exactly one ``dateline: error:`` line on stderr."""
    captured = capsys.readouterr()
    assert status == EXIT_USAGE
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("dateline: error: ")
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# --- success, for contrast ------------------------------------------------------------------------


def test_annotate_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotate", "--dct", "2025-05-09", str(article)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [timex["value"] for timex in record["timexes"]] == ["2025-05-08", "2025-W20"]


def test_annotate_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article-fr.txt"
    path.write_text("Le conflit a duré trois ans, jusqu'à hier soir.\n", encoding="utf-8")
    assert main(["annotate", "--lang", "fr", "--dct", "2025-05-09", "--format", "text", str(path)]) == 0
    assert (
        capsys.readouterr().out
        == "Le conflit a duré [[trois ans|P3Y]], jusqu'à [[hier soir|2025-05-08TEV]].\n"
    )


def test_unknown_language(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["annotate", "--lang", "xx", str(article)])
    assert_one_line_error(capsys, status, "lang='xx'", "supported_languages")


def test_output_is_written_whole_and_leaves_no_temporary_file(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["annotate", "--dct", "2025-05-09", "--output", str(target), str(article)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["dct"] == "2025-05-09"
    assert files_in(tmp_path) == ["article.txt", "out.json"]


# --- unreadable input -----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["annotate", "timeline"])
def test_missing_file(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert_one_line_error(capsys, main([command, str(missing)]), "cannot read", str(missing))


@pytest.mark.parametrize("command", ["annotate", "timeline"])
def test_folder_instead_of_file(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(capsys, main([command, str(tmp_path)]), "cannot read")


@pytest.mark.parametrize("command", ["annotate", "timeline"])
def test_latin1_bytes(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le caf\xe9 a ferm\xe9 le 8 mai 2025.".encode("latin-1"))
    assert_one_line_error(capsys, main([command, str(path)]), "not valid UTF-8", str(path))


def test_stdin_that_is_not_utf8(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9 on May 8"), encoding="utf-8"))
    assert_one_line_error(capsys, main(["annotate", "-"]), "standard input", "UTF-8")


# --- bad --dct ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dct", ["yesterday", "2025/05/09", "0000-01-01", "10000-01-01", "2025-02-30", ""])
@pytest.mark.parametrize("command", ["annotate", "timeline"])
def test_bad_dct(command: str, dct: str, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = assert_one_line_error(capsys, main([command, "--dct", dct, str(article)]), "dct=")
    assert "YYYY-MM-DD" in line


def test_bad_format_is_refused_by_the_parser(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["annotate", "--format", "xml", str(article)])
    assert stopped.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "invalid choice: 'xml'" in err
    assert "json" in err


# --- no partial output ----------------------------------------------------------------------------


def test_second_file_unreadable_leaves_the_target_untouched(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous result\n", encoding="utf-8")
    status = main(["annotate", "--output", str(target), str(article), str(tmp_path / "missing.txt")])
    assert_one_line_error(capsys, status, "missing.txt")
    assert target.read_text(encoding="utf-8") == "previous result\n"
    assert files_in(tmp_path) == ["article.txt", "out.json"]


def test_second_file_badly_encoded_writes_no_target(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00caf\xe9")
    target = tmp_path / "out.jsonl"
    status = main(["annotate", "--format", "jsonl", "--output", str(target), str(article), str(bad)])
    assert_one_line_error(capsys, status, "not valid UTF-8")
    assert files_in(tmp_path) == ["article.txt", "bad.txt"]


def test_failure_while_writing_removes_the_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # XML 1.0 cannot hold U+0001: the TimeML writer refuses it halfway through the output.
    source = tmp_path / "control.txt"
    source.write_text("Talks ended on May 8, 2025.\x01\n", encoding="utf-8")
    target = tmp_path / "out.tml"
    target.write_text("previous result\n", encoding="utf-8")
    status = main(["annotate", "--format", "timeml", "--output", str(target), str(source)])
    assert_one_line_error(capsys, status)
    assert target.read_text(encoding="utf-8") == "previous result\n"
    assert files_in(tmp_path) == ["control.txt", "out.tml"]


def test_output_into_a_missing_folder(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    assert_one_line_error(capsys, main(["annotate", "--output", str(target), str(article)]), "cannot write")


def test_output_onto_a_folder(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "results"
    folder.mkdir()
    assert_one_line_error(capsys, main(["annotate", "--output", str(folder), str(article)]), "cannot write")
    assert files_in(tmp_path) == ["article.txt", "results"]
    assert files_in(folder) == []


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    "stdout",
    [_FullDisk(), io.TextIOWrapper(io.BytesIO(), encoding="ascii")],
    ids=["full disk", "ASCII-only terminal"],
)
def test_standard_output_that_cannot_be_written(
    stdout: io.TextIOBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "accents.txt"
    source.write_text("Le café a fermé le May 8, 2025.\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    status = main(["annotate", "--format", "text", str(source)])
    monkeypatch.undo()
    assert_one_line_error(capsys, status, "standard output")


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_pipe_is_not_an_error(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["annotate", str(article)]) == 0


# --- evaluate -------------------------------------------------------------------------------------


def test_evaluate_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(capsys, main(["evaluate", str(tmp_path / "gold")]), "not a folder")


@pytest.mark.parametrize(
    "content",
    [
        b"<TimeML><TEXT>unclosed",
        b"\xe9\xe9<TimeML/>",
        BILLION_LAUGHS.encode(),
        b'<!DOCTYPE TimeML [<!ENTITY x SYSTEM "file:///etc/passwd">]><TimeML><TEXT>&x;</TEXT></TimeML>',
    ],
    ids=["malformed", "not UTF-8", "billion laughs", "external entity"],
)
def test_evaluate_bad_gold_file(content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.tml").write_bytes(content)
    assert_one_line_error(capsys, main(["evaluate", str(gold)]), "doc.tml")


def test_evaluate_bad_system_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.tml").write_text(
        '<?xml version="1.0"?><TimeML><DOCID>doc</DOCID><TEXT>In '
        '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    system = tmp_path / "system.jsonl"
    system.write_text("{not json\n", encoding="utf-8")
    assert_one_line_error(capsys, main(["evaluate", str(gold), "--system", str(system)]), "system.jsonl")
    missing = tmp_path / "missing.jsonl"
    assert_one_line_error(capsys, main(["evaluate", str(gold), "--system", str(missing)]), "missing.jsonl")


# --- the real command -----------------------------------------------------------------------------


def test_subprocess_bad_dct_and_bad_encoding(article: Path, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    for arguments in (["--dct", "2025-02-30", str(article)], [str(latin)]):
        completed = subprocess.run(
            [sys.executable, "-m", "dateline.cli", "annotate", *arguments],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert completed.returncode == EXIT_USAGE
        assert completed.stdout == ""
        assert "Traceback" not in completed.stderr
        assert completed.stderr.count("\n") == 1
        assert completed.stderr.startswith("dateline: error: ")
    completed = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "annotate", "--format", "text", "--dct", "2025-05-09", "-"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "[[May 8|2025-05-08]]" in completed.stdout
