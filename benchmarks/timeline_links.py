"""How right :func:`dateline.timeline` anchors events to dates, measured on TimeML TLINKs.

    python benchmarks/timeline_links.py CORPUS_DIR [--domain news] [--errors N [--kind KIND]]

Every ``*.tml`` file under CORPUS_DIR is read: its plain text and creation time (DCT) with
:func:`dateline.timeml.parse_timeml`, and its ``EVENT``, ``MAKEINSTANCE``, ``TIMEX3`` (with
``tid``) and ``TLINK`` markup with the standard library's expat, counting offsets the way
``dateline.timeml`` does (characters of the data inside ``<TEXT>``, tags removed), so that both
give the same text and the spans are character offsets into it. :func:`dateline.timeline` then
runs on the text with the DCT, and each event it produces is compared with the gold:

* **trigger**: the event's trigger span overlaps a gold ``EVENT`` span ("held talks" overlaps
  both "held" and "talks"; either counts);
* **anchored**: one of those gold events has a ``TLINK``, in either direction, to a gold
  ``TIMEX3`` of the text that overlaps the event's anchor expression (``Event.timex``; for a
  "from X to Y" range, X), or to a TIMEX3 that the gold says is the same time as that one (a
  time-time TLINK ``IDENTITY``, followed transitively: "Friday" repeated). A TLINK with
  ``timeID`` as its source is turned round to read from the event: ``INCLUDES`` <->
  ``IS_INCLUDED``, ``BEFORE`` <-> ``AFTER``, ``IBEFORE`` <-> ``IAFTER``, ``BEGINS`` <->
  ``BEGUN_BY``, ``ENDS`` <-> ``ENDED_BY``, ``DURING`` <-> ``DURING_INV``;
* **relation agrees**: the relType of such a link, read from the event, is one that dateline's
  relation stands for under this mapping (any of the links, when there are several):

  ===========  ===================================================
  dateline     gold relType (event -> time)
  ===========  ===================================================
  ``ON``       ``IS_INCLUDED``, ``DURING``, ``SIMULTANEOUS``, ``IDENTITY``
  ``DURING``   ``DURING``, ``INCLUDES``, ``SIMULTANEOUS``, ``IDENTITY``
  ``BEGINS``   ``BEGUN_BY``, ``BEGINS``
  ``ENDS``     ``ENDED_BY``, ``ENDS``
  ``BEFORE``   ``BEFORE``, ``IBEFORE``
  ``AFTER``    ``AFTER``, ``IAFTER``
  ===========  ===================================================

  ``BEGINS``/``BEGUN_BY`` and ``ENDS``/``ENDED_BY`` are taken together because annotators use
  both for "since January" / "until June"; dateline's ``DURING`` ("throughout", "for three
  weeks", "from X to Y") is an event that lasts through the time, TimeML's ``DURING`` or, read
  from the event, ``INCLUDES``. dateline reads an aspectual verb as the start or end of what it
  governs ("talks resumed on Monday": the talks BEGIN on Monday), where TimeML makes the verb an
  ``ASPECTUAL`` event of its own that happens on Monday (``IS_INCLUDED``); the table counts
  those disagreements on their own line (they stay disagreements).

Anchoring **precision** is anchored / trigger (of the produced events whose trigger is a gold
event, how many are tied to the same TIMEX3 in the gold). TimeBank's TLINKs are not exhaustive
(annotators linked some event-time pairs, not all), so an anchoring missing from the gold is not
necessarily wrong: the precision is a lower bound. Many gold events have no TLINK to any TIMEX3
of the text at all (only to the DCT or to other events); the table counts them, and gives the
precision over the rest, the events on which the gold takes a position.

Anchoring **recall** starts from the gold event-TIMEX3 TLINKs whose TIMEX3 is in the text (links
to the DCT are left out: dateline anchors events to expressions of the text), counted once per
(event, TIMEX3) pair. Of those, the ones whose TIMEX3 dateline also finds (one of its timexes
overlaps it) are the links whose two ends exist; a link is reproduced when a produced event's
trigger overlaps the gold event and its anchor overlaps the gold TIMEX3 (or one the same by
IDENTITY). Recall = reproduced /
links with both ends. dateline anchors at most one event per expression, and only to ``DATE``
and ``TIME`` expressions with a position on the timeline (no durations, sets or ``PAST_REF``),
while the gold links an expression to every event it relates to, so recall has a ceiling well
below 1; the table also gives the links whose gold TIMEX3 is a ``DATE`` or ``TIME``.

``--errors N`` lists N produced events that did not match (``--kind trigger``: the trigger is no
gold event; ``anchor``: it is, but the gold does not link it to that expression; ``relation``:
anchored, but the relation disagrees; the default lists the first two kinds), spread evenly over
the corpus, each with its sentence (trigger in ``[...]``, expression in ``{...}``) and what the
gold links instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from xml.parsers import expat

from dateline import annotate, timeline
from dateline.events import Event
from dateline.timeml import _corpus_files, parse_timeml

#: dateline's relation -> the gold relTypes (read from the event to the time) it stands for.
RELATION_MATCHES: dict[str, frozenset[str]] = {
    "ON": frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"}),
    "DURING": frozenset({"DURING", "INCLUDES", "SIMULTANEOUS", "IDENTITY"}),
    "BEGINS": frozenset({"BEGUN_BY", "BEGINS"}),
    "ENDS": frozenset({"ENDED_BY", "ENDS"}),
    "BEFORE": frozenset({"BEFORE", "IBEFORE"}),
    "AFTER": frozenset({"AFTER", "IAFTER"}),
}

#: The relType of ``B rel A`` for a TLINK that says ``A rel B``.
_INVERSE = {
    "BEFORE": "AFTER",
    "IBEFORE": "IAFTER",
    "INCLUDES": "IS_INCLUDED",
    "BEGINS": "BEGUN_BY",
    "ENDS": "ENDED_BY",
    "DURING": "DURING_INV",
}
_INVERSE.update({value: key for key, value in list(_INVERSE.items())})

KINDS = ("trigger", "anchor", "relation")
_CONTEXT = 90  # characters of context on each side in --errors


@dataclass(frozen=True, slots=True)
class Span:
    """A gold EVENT or TIMEX3: its id (``eid``/``tid``), offsets in the text and type."""

    id: str
    start: int
    end: int
    type: str = ""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A TimeML document with its events, TIMEX3s of the text and event-TIMEX3 TLINKs.

    ``links`` maps an (eid, tid) pair to the relTypes the gold gives it, read from the event.
    ``dct_links`` counts the event-DCT pairs (left out of the scores). ``same_time`` maps a tid to
    its class of TIMEX3s joined by time-time ``IDENTITY`` TLINKs.
    """

    name: str
    text: str
    dct: str | None
    events: tuple[Span, ...]
    timexes: dict[str, Span]
    links: dict[tuple[str, str], frozenset[str]]
    dct_links: int
    same_time: dict[str, frozenset[str]] = field(default_factory=dict)

    def same(self, tid: str) -> frozenset[str]:
        """The TIMEX3 ``tid`` and those the gold links to it by IDENTITY, transitively."""
        return self.same_time.get(tid, frozenset({tid}))


def parse_gold(xml: str | bytes, name: str = "") -> GoldDocument:
    """The text, DCT, EVENTs, TIMEX3s and event-TIMEX3 TLINKs of a TimeML document.

    >>> gold = parse_gold(
    ...     '<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2025-05-09">'
    ...     'x</TIMEX3></DCT><TEXT>Ships <EVENT eid="e1">sailed</EVENT> on <TIMEX3 tid="t1" '
    ...     'type="DATE" value="2025-05-02">Friday</TIMEX3>.</TEXT>'
    ...     '<MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...     '<TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>'
    ...     '<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/></TimeML>')
    >>> gold.text, gold.dct, gold.events, gold.links, gold.dct_links
    ('Ships sailed on Friday.', '2025-05-09', (Span(id='e1', start=6, end=12, type=''),), {('e1', 't1'): frozenset({'IS_INCLUDED'})}, 1)
    """  # noqa: E501
    document = parse_timeml(xml, doc_id=name or None)  # refuses DTDs and entities
    return _parse_markup(xml, name, document.text, document.dct)


def _parse_markup(xml: str | bytes, name: str, expected_text: str, dct: str | None) -> GoldDocument:
    parts: list[str] = []
    length = 0
    in_text = False
    opened: list[tuple[str, int, dict[str, str]]] = []
    events: list[Span] = []
    timexes: dict[str, Span] = {}
    dct_tids: set[str] = set()
    instances: dict[str, str] = {}
    tlinks: list[dict[str, str]] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal in_text
        if tag == "TEXT":
            in_text = True
        elif tag == "TIMEX3" and attributes.get("functionInDocument") == "CREATION_TIME":
            dct_tids.add(attributes.get("tid", ""))
        elif tag == "MAKEINSTANCE":
            instances[attributes.get("eiid", "")] = attributes.get("eventID", "")
        elif tag == "TLINK":
            tlinks.append(attributes)
        if in_text and tag in ("EVENT", "TIMEX3"):
            opened.append((tag, length, attributes))

    def end(tag: str) -> None:
        nonlocal in_text
        if tag == "TEXT":
            in_text = False
        elif in_text and tag in ("EVENT", "TIMEX3"):
            _, begin, attributes = opened.pop()
            if tag == "EVENT":
                events.append(Span(attributes.get("eid", ""), begin, length, attributes.get("class", "")))
            elif attributes.get("tid"):
                timexes[attributes["tid"]] = Span(
                    attributes["tid"], begin, length, attributes.get("type", "")
                )

    def characters(data: str) -> None:
        nonlocal length
        if in_text:
            parts.append(data)
            length += len(data)

    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.Parse(xml, True)
    text = "".join(parts)
    if text != expected_text:
        raise ValueError(f"{name}: the text differs from dateline.timeml's; offsets would not agree")

    links: dict[tuple[str, str], set[str]] = {}
    dct_pairs: set[tuple[str, str]] = set()
    same_time: dict[str, frozenset[str]] = {}
    for tlink in tlinks:
        relation = tlink.get("relType", "")
        source, target = tlink.get("timeID", ""), tlink.get("relatedToTime", "")
        if relation == "IDENTITY" and source in timexes and target in timexes:
            joined = same_time.get(source, frozenset({source})) | same_time.get(target, frozenset({target}))
            for tid in joined:
                same_time[tid] = joined
            continue
        if tlink.get("eventInstanceID") and tlink.get("relatedToTime"):
            eiid, tid = tlink["eventInstanceID"], tlink["relatedToTime"]
        elif tlink.get("timeID") and tlink.get("relatedToEventInstance"):
            eiid, tid = tlink["relatedToEventInstance"], tlink["timeID"]
            relation = _INVERSE.get(relation, relation)
        else:
            continue  # event-event or time-time
        eid = instances.get(eiid, "")
        if tid in dct_tids:
            dct_pairs.add((eid, tid))
        elif tid in timexes and eid:
            links.setdefault((eid, tid), set()).add(relation)
    return GoldDocument(
        name=name,
        text=text,
        dct=dct,
        events=tuple(sorted(events, key=lambda span: span.start)),
        timexes=timexes,
        links={pair: frozenset(relations) for pair, relations in links.items()},
        dct_links=len(dct_pairs),
        same_time=same_time,
    )


def _overlaps(start: int, end: int, span: Span) -> bool:
    return start < span.end and span.start < end


@dataclass(frozen=True, slots=True)
class Miss:
    """A produced event that did not match, for ``--errors``."""

    kind: str
    document: str
    event: Event
    context: str  # the text around it, trigger in [...] and anchor in {...}
    gold: str  # what the gold says instead


@dataclass(slots=True)
class Counts:
    """The numbers of the table, summed over documents."""

    documents: int = 0
    produced: int = 0
    trigger: int = 0
    silent: int = 0
    anchored: int = 0
    relation: int = 0
    aspectual: int = 0
    links: int = 0
    links_dct: int = 0
    links_date_time: int = 0
    found: int = 0
    found_date_time: int = 0
    reproduced: int = 0
    reproduced_date_time: int = 0
    reproduced_relation: int = 0
    misses: list[Miss] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for number in fields(self):
            if number.name == "misses":
                self.misses.extend(other.misses)
            else:
                setattr(self, number.name, getattr(self, number.name) + getattr(other, number.name))


def _describe(gold: GoldDocument, eids: Iterable[str]) -> str:
    """The gold TIMEX3s that the events ``eids`` are linked to, with the relTypes."""
    parts = []
    for (eid, tid), relations in sorted(gold.links.items()):
        if eid in eids:
            timex = gold.timexes[tid]
            parts.append(f"{gold.text[timex.start : timex.end]!r} {'/'.join(sorted(relations))}")
    return "; ".join(parts) or "no TIMEX3 of the text"


def score_document(gold: GoldDocument, domain: str = "news") -> Counts:
    """Run :func:`dateline.timeline` on one document and compare its events with the gold.

    >>> gold = parse_gold(
    ...     '<TimeML><TEXT>Ships <EVENT eid="e1">sailed</EVENT> on <TIMEX3 tid="t1" type="DATE" '
    ...     'value="2025-05-02">May 2, 2025</TIMEX3>.</TEXT><MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...     '<TLINK relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/></TimeML>')
    >>> counts = score_document(gold)
    >>> counts.produced, counts.trigger, counts.anchored, counts.relation
    (1, 1, 1, 1)
    >>> counts.links, counts.found, counts.reproduced, counts.reproduced_relation
    (1, 1, 1, 1)
    """
    counts = Counts(documents=1, links_dct=gold.dct_links)
    text = gold.text
    events = timeline(text, dct=gold.dct, domain=domain)
    found = annotate(text, dct=gold.dct, domain=domain)
    reproduced: dict[tuple[str, str], bool] = {}  # gold pair -> relation agrees
    for event in events:
        counts.produced += 1
        eids = {span.id for span in gold.events if _overlaps(event.start, event.end, span)}
        if not eids:
            counts.misses.append(
                Miss("trigger", gold.name, event, _excerpt(text, event), "no gold EVENT here")
            )
            continue
        counts.trigger += 1
        anchor = event.timex
        tids = {tid for tid, timex in gold.timexes.items() if _overlaps(anchor.start, anchor.end, timex)}
        same = {other for tid in tids for other in gold.same(tid)}
        relations = {
            (eid, tid): relations
            for (eid, tid), relations in gold.links.items()
            if eid in eids and tid in same
        }
        if not any(eid in eids for eid, _ in gold.links):
            counts.silent += 1
        if not relations:
            counts.misses.append(
                Miss("anchor", gold.name, event, _excerpt(text, event), _describe(gold, eids))
            )
            continue
        counts.anchored += 1
        accepted = RELATION_MATCHES[event.relation]
        agrees = {pair: bool(accepted & types) for pair, types in relations.items()}
        for pair, agree in agrees.items():
            reproduced[pair] = reproduced.get(pair, False) or agree
        if any(agrees.values()):
            counts.relation += 1
        else:
            aspectual = {span.id for span in gold.events if span.id in eids and span.type == "ASPECTUAL"}
            included = RELATION_MATCHES["ON"]
            if event.relation in ("BEGINS", "ENDS") and any(
                eid in aspectual and included & types for (eid, _), types in relations.items()
            ):
                counts.aspectual += 1
            counts.misses.append(
                Miss("relation", gold.name, event, _excerpt(text, event), _describe(gold, eids))
            )
    for eid, tid in gold.links:
        timex = gold.timexes[tid]
        date_time = timex.type in ("DATE", "TIME")
        is_found = any(_overlaps(other.start, other.end, timex) for other in found)
        counts.links += 1
        counts.links_date_time += date_time
        counts.found += is_found
        counts.found_date_time += is_found and date_time
        if (eid, tid) in reproduced:
            counts.reproduced += 1
            counts.reproduced_date_time += date_time
            counts.reproduced_relation += reproduced[(eid, tid)]
    return counts


def score_corpus(corpus: Path, domain: str = "news") -> Counts:
    """:func:`score_document` over every ``*.tml`` file under ``corpus``, summed."""
    total = Counts()
    for path in _corpus_files(corpus):
        total.add(score_document(parse_gold(path.read_bytes(), path.name[: -len(".tml")]), domain))
    return total


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def table(counts: Counts) -> str:
    """The report: produced events and what they match, then the gold links and recall."""
    rows = [
        ("produced events", counts.produced, ""),
        (
            "  trigger is a gold EVENT",
            counts.trigger,
            _share(counts.trigger, counts.produced) + " of produced",
        ),
        (
            "    the gold links that EVENT to no TIMEX3 of the text",
            counts.silent,
            _share(counts.silent, counts.trigger) + " of gold triggers (undecided)",
        ),
        (
            "  anchored to a TIMEX3 the gold links it to",
            counts.anchored,
            _share(counts.anchored, counts.trigger)
            + " of gold triggers: anchoring precision (lower bound);"
            + _share(counts.anchored, counts.trigger - counts.silent)
            + " of the decided",
        ),
        ("  relation agrees", counts.relation, _share(counts.relation, counts.anchored) + " of anchored"),
        (
            "    of the rest: ASPECTUAL verb, BEGINS/ENDS vs IS_INCLUDED",
            counts.aspectual,
            _share(counts.aspectual, counts.anchored) + " of anchored",
        ),
        (
            "gold event-TIMEX3 TLINKs (TIMEX3 in the text)",
            counts.links,
            f"(and {counts.links_dct} to the DCT)",
        ),
        ("  TIMEX3 found by dateline (both ends exist)", counts.found, _share(counts.found, counts.links)),
        (
            "  reproduced by dateline",
            counts.reproduced,
            _share(counts.reproduced, counts.found) + " of both-ends links: anchoring recall",
        ),
        (
            "  reproduced with an agreeing relation",
            counts.reproduced_relation,
            _share(counts.reproduced_relation, counts.reproduced) + " of reproduced",
        ),
        ("  of them with a DATE or TIME TIMEX3", counts.links_date_time, ""),
        (
            "    TIMEX3 found by dateline",
            counts.found_date_time,
            _share(counts.found_date_time, counts.links_date_time),
        ),
        (
            "    reproduced by dateline",
            counts.reproduced_date_time,
            _share(counts.reproduced_date_time, counts.found_date_time) + " of both-ends links",
        ),
    ]
    width = max(len(label) for label, _, _ in rows)
    lines = [f"{label:<{width}} {number:6d}  {note}".rstrip() for label, number, note in rows]
    lines.append(
        f"{counts.documents} documents. TimeBank's TLINKs are not exhaustive: an anchoring the gold "
        "does not link may still be right, so precision is a lower bound."
    )
    return "\n".join(lines)


def _excerpt(text: str, event: Event) -> str:
    """The text around the event, trigger in ``[...]`` and anchor in ``{...}``, on one line."""
    marks = sorted(
        [(event.start, "["), (event.end, "]"), (event.timex.start, "{"), (event.timex.end, "}")],
        key=lambda mark: (mark[0], mark[1] in "]}"),
    )
    low = max(0, min(event.start, event.timex.start) - _CONTEXT)
    high = min(len(text), max(event.end, event.timex.end) + _CONTEXT)
    pieces, position = [], low
    for offset, mark in marks:
        pieces += [text[position:offset], mark]
        position = offset
    pieces.append(text[position:high])
    return " ".join("".join(pieces).split())


def spread(misses: Sequence[Miss], number: int) -> list[Miss]:
    """``number`` of ``misses`` taken evenly through the list (the corpus order).

    >>> spread(list(range(10)), 3)
    [0, 3, 6]
    """
    if number >= len(misses):
        return list(misses)
    return [misses[index * len(misses) // number] for index in range(number)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of TimeML (*.tml) files with EVENTs and TLINKs")
    parser.add_argument("--domain", choices=("news", "narrative", "auto"), default="news")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N unmatched produced events")
    parser.add_argument(
        "--kind",
        choices=KINDS,
        action="append",
        help="which misses --errors lists (default: trigger, anchor)",
    )
    options = parser.parse_args(argv)

    counts = score_corpus(options.corpus, options.domain)
    print(table(counts))
    if options.errors:
        kinds = set(options.kind or ("trigger", "anchor"))
        misses = [miss for miss in counts.misses if miss.kind in kinds]
        print(
            f"\n{len(misses)} misses ({', '.join(sorted(kinds))}); {min(options.errors, len(misses))} shown"
        )
        for miss in spread(misses, options.errors):
            event = miss.event
            print(
                f"\n{miss.kind:8} {miss.document}: [{event.text}] {event.relation} {{{event.timex.text}}} "
                f"= {event.value}\n  {miss.context}\n  gold: {miss.gold}"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
