"""TimeML reading and writing: offsets, entities, gold extraction, safety and the round trip."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import DatelineTypeError, DatelineValueError, TimeMLError
from dateline.timeml import (
    TimeMLDocument,
    iter_corpus,
    parse_timeml,
    read_timeml,
    write_timeml,
)
from dateline.timex import MODS, TIMEX_TYPES, Timex

DCT = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>'
)


def timeml(body: str, *, head: str = "<DOCID>doc1</DOCID>" + DCT) -> str:
    return f'<?xml version="1.0" ?>\n<TimeML>\n{head}\n<TEXT>{body}</TEXT>\n</TimeML>\n'


def spans(doc: TimeMLDocument) -> list[tuple[str, int, int]]:
    return [(timex.text, timex.start, timex.end) for timex in doc.timexes]


# --- parsing -------------------------------------------------------------------------------------


def test_reads_docid_dct_and_leading_newlines() -> None:
    doc = parse_timeml(timeml('\n\nOn <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>\n'))
    assert doc.doc_id == "doc1"
    assert doc.dct == "1998-01-08"
    assert doc.text == "\n\nOn 1998\n"
    assert spans(doc) == [("1998", 5, 9)]


def test_entities_shift_offsets() -> None:
    body = (
        "AT&amp;T &lt;said&gt; &quot;q&quot; &#233;t&#xE9; "
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; '
        '<TIMEX3 tid="t2" type="DURATION" value="P3D">three &amp; days</TIMEX3>'
    )
    doc = parse_timeml(timeml(body))
    assert doc.text == 'AT&T <said> "q" été yesterday & three & days'
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    assert spans(doc) == [("yesterday", 20, 29), ("three & days", 32, 44)]


def test_nested_tags_keep_their_content() -> None:
    body = (
        'Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">during</SIGNAL> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-Q3">the <EVENT eid="e2">third</EVENT> '
        "quarter</TIMEX3>."
    )
    doc = parse_timeml(timeml(body))
    assert doc.text == "Prices fell during the third quarter."
    assert spans(doc) == [("the third quarter", 19, 36)]


def test_attributes_and_rule() -> None:
    body = (
        '<TIMEX3 tid="t5" type="SET" value="P1W" freq="1X" quant="EVERY">every week</TIMEX3>, '
        '<TIMEX3 tid="t6" type="DATE" value="199" mod="START" anchorTimeID="t5">early 1990s'
        "</TIMEX3>, "
        '<TIMEX3 tid="t7" type="DATE" value="1998-01-07" anchorTimeID="t0">yesterday</TIMEX3>'
        ' <TIMEX3 tid="t8" type="DATE" value="1998" anchorTimeID="t99">then</TIMEX3>'
    )
    every, early, yesterday, then = parse_timeml(timeml(body)).timexes
    assert (every.type, every.value, every.freq, every.quant, every.mod) == (
        "SET",
        "P1W",
        "1X",
        "EVERY",
        None,
    )
    assert (early.value, early.mod, early.anchor) == ("199", "START", "t1")
    assert yesterday.anchor == "DCT"
    assert then.anchor is None
    assert {timex.rule for timex in (every, early, yesterday, then)} == {"gold"}


def test_empty_timex3_elements_are_skipped() -> None:
    body = (
        'A <TIMEX3 tid="t1" type="DATE" value="1998"/>'
        '<TIMEX3 tid="t2" type="DATE" value="1999"></TIMEX3>'
        'B <TIMEX3 tid="t3" type="DATE" value="2000">2000</TIMEX3>'
    )
    doc = parse_timeml(timeml(body))
    assert doc.text == "A B 2000"
    assert spans(doc) == [("2000", 4, 8)]


def test_dct_is_not_a_gold_timex_even_inside_text() -> None:
    body = (
        '<TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
        "January 8, 1998</TIMEX3> - Talks resumed."
    )
    doc = parse_timeml(timeml(body, head="<DOCID>d</DOCID>"))
    assert doc.dct == "1998-01-08"
    assert doc.text == "January 8, 1998 - Talks resumed."
    assert doc.timexes == ()


def test_no_dct_and_no_docid() -> None:
    doc = parse_timeml(timeml("plain", head=""), doc_id="fallback")
    assert (doc.doc_id, doc.dct, doc.text, doc.timexes) == ("fallback", None, "plain", ())
    assert parse_timeml(timeml("plain", head="")).doc_id == ""


def test_cdata_comments_and_line_ends() -> None:
    body = "a<![CDATA[<b> & c]]><!-- not text -->\r\nd\re"
    assert parse_timeml(timeml(body)).text == "a<b> & c\nd\ne"


def test_bytes_follow_the_declared_encoding() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>café</TEXT></TimeML>'
    assert parse_timeml(data.encode("latin-1")).text == "café"
    assert parse_timeml(data).text == "café"


def test_read_timeml_uses_docid_or_file_name(tmp_path: Path) -> None:
    (tmp_path / "with_id.tml").write_text(timeml("x"), encoding="utf-8")
    (tmp_path / "APW1998.0001.tml").write_text(timeml("x", head=""), encoding="utf-8")
    assert read_timeml(tmp_path / "with_id.tml").doc_id == "doc1"
    assert read_timeml(str(tmp_path / "APW1998.0001.tml")).doc_id == "APW1998.0001"


def test_iter_corpus_is_recursive_and_sorted(tmp_path: Path) -> None:
    for name in ("b/z.tml", "b/a.tml", "c.tml", "a/y.tml", "ignored.xml"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(timeml(name, head=""), encoding="utf-8")
    assert [doc.text for doc in iter_corpus(tmp_path)] == ["a/y.tml", "b/a.tml", "b/z.tml", "c.tml"]
    with pytest.raises(DatelineValueError, match="not a directory"):
        list(iter_corpus(tmp_path / "c.tml"))


# --- untrusted input ------------------------------------------------------------------------------

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n' for n in range(1, 10)
    )
    + "]>\n<TimeML><TEXT>&lol9;</TEXT></TimeML>"
)

UNSAFE = {
    "billion laughs": BILLION_LAUGHS,
    "external entity": (
        '<?xml version="1.0"?><!DOCTYPE TimeML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<TimeML><TEXT>&xxe;</TEXT></TimeML>"
    ),
    "external DTD": ('<!DOCTYPE TimeML SYSTEM "file:///etc/passwd"><TimeML><TEXT>x</TEXT></TimeML>'),
    "parameter entity": (
        '<!DOCTYPE TimeML [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><TimeML><TEXT>x</TEXT></TimeML>'
    ),
    "unparsed entity": (
        '<!DOCTYPE TimeML [<!NOTATION n SYSTEM "x"><!ENTITY u SYSTEM "y" NDATA n>]>'
        "<TimeML><TEXT>x</TEXT></TimeML>"
    ),
}


@pytest.mark.parametrize("name", sorted(UNSAFE))
def test_entity_declarations_are_refused(name: str) -> None:
    began = time.perf_counter()
    with pytest.raises(TimeMLError, match="refusing entity declarations in untrusted TimeML"):
        parse_timeml(UNSAFE[name], doc_id="evil")
    assert time.perf_counter() - began < 1.0


def test_refusal_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bomb.tml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"bomb\.tml"):
        read_timeml(path)


def test_plain_doctype_is_harmless() -> None:
    assert parse_timeml("<!DOCTYPE TimeML><TimeML><TEXT>x</TEXT></TimeML>").text == "x"


@pytest.mark.parametrize(
    "xml",
    [
        "<TimeML><TEXT>unclosed</TimeML>",
        "<TimeML><TEXT>x</TEXT>",
        "<TimeML><TEXT>&undefined;</TEXT></TimeML>",
        "<TimeML><TEXT>a < b</TEXT></TimeML>",
        "not xml at all",
        "",
    ],
)
def test_malformed_xml(xml: str) -> None:
    with pytest.raises(TimeMLError, match="malformed XML"):
        parse_timeml(xml, doc_id="broken")


def test_malformed_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"broken\.tml.*malformed XML"):
        read_timeml(path)


def test_missing_or_repeated_text() -> None:
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        parse_timeml("<TimeML><DOCID>d</DOCID></TimeML>", doc_id="d")
    with pytest.raises(TimeMLError, match="more than one <TEXT>"):
        parse_timeml("<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>")


def test_wrong_argument_type() -> None:
    with pytest.raises(DatelineTypeError):
        parse_timeml(42)  # type: ignore[arg-type]


# --- writing -------------------------------------------------------------------------------------


def test_write_timeml_layout() -> None:
    text = 'A&B <"x"> on Friday\r\n'
    timexes = [Timex("Friday", 13, 19, "DATE", "1998-01-09", mod="APPROX", anchor="DCT")]
    xml = write_timeml(text, timexes, dct="1998-01-08", doc_id="d&1")
    assert "<DOCID>d&amp;1</DOCID>" in xml
    assert 'functionInDocument="CREATION_TIME">1998-01-08</TIMEX3></DCT>' in xml
    assert 'tid="t1" type="DATE" value="1998-01-09" mod="APPROX"' in xml
    assert 'anchorTimeID="t0"' in xml
    doc = parse_timeml(xml)
    assert (doc.doc_id, doc.dct, doc.text) == ("d&1", "1998-01-08", text)
    assert [(t.start, t.end, t.mod, t.anchor) for t in doc.timexes] == [(13, 19, "APPROX", "DCT")]


def test_write_timeml_without_dct_drops_dct_anchor() -> None:
    xml = write_timeml("today", [Timex("today", 0, 5, "DATE", "2025-05-09", anchor="DCT")])
    assert "<DCT>" not in xml
    assert "anchorTimeID" not in xml
    assert parse_timeml(xml).timexes[0].anchor is None


@pytest.mark.parametrize(
    ("timexes", "message"),
    [
        ([Timex("ab", 0, 2, "DATE", "1"), Timex("bc", 1, 3, "DATE", "2")], "overlap"),
        ([Timex("", 1, 1, "DATE", "1")], "empty"),
        ([Timex("x", 2, 9, "DATE", "1")], "outside"),
    ],
)
def test_write_timeml_rejects_bad_spans(timexes: list[Timex], message: str) -> None:
    with pytest.raises(DatelineValueError, match=message):
        write_timeml("abcd", timexes)


def test_write_timeml_rejects_characters_xml_cannot_hold() -> None:
    with pytest.raises(DatelineValueError, match=r"XML 1\.0"):
        write_timeml("a\x00b", [])


_XML_CHARS = st.one_of(
    st.sampled_from(list("ab 19<>&\"']]\r\n\t")),
    st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
)
_ATTRIBUTE = st.text(_XML_CHARS, min_size=1, max_size=8)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[Timex], str | None]:
    text = draw(st.text(_XML_CHARS, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    timexes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        timexes.append(
            Timex(
                text=text[start:end],
                start=start,
                end=end,
                type=draw(st.sampled_from(TIMEX_TYPES)),
                value=draw(_ATTRIBUTE),
                mod=draw(st.sampled_from((None, *MODS))),
                freq=draw(st.none() | _ATTRIBUTE),
                quant=draw(st.none() | _ATTRIBUTE),
                anchor=draw(st.sampled_from((None, "DCT"))),
            )
        )
    dct = draw(st.none() | st.just("1998-01-08"))
    return text, timexes, dct


@given(documents())
def test_write_parse_round_trip(document: tuple[str, list[Timex], str | None]) -> None:
    text, timexes, dct = document
    doc = parse_timeml(write_timeml(text, timexes, dct=dct, doc_id="rt"))
    assert doc.text == text
    assert doc.dct == dct
    assert doc.doc_id == "rt"

    def fields(timex: Timex) -> tuple[object, ...]:
        anchor = timex.anchor if dct is not None else None
        extras = (timex.freq, timex.quant)
        return (
            timex.text,
            timex.start,
            timex.end,
            timex.type,
            timex.value,
            timex.mod,
            anchor,
            *extras,
        )

    assert [fields(t) for t in doc.timexes] == [fields(t) for t in timexes]
