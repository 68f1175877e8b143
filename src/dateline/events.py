"""Events and timelines: link every dated expression to the event it dates.

:func:`timeline` annotates a text with :func:`dateline.api.annotate_document`. For each dated
expression, it then finds the *event trigger* in the same sentence: the verb or event noun that
the expression dates ("held talks" in "Xi and Putin held talks on the 8th"). It also reads the
*relation* from the words before the expression ("since", "until", "by", ...). The result is a
list of :class:`Event` ordered in time.

Trigger finding is a small hand-written heuristic. It uses a lexicon of event nouns and verbs,
irregular past forms and cues such as "to"/"will" + verb, and it works without a tagger or
model, so it can be wrong on unusual syntax. The search order, nearest first:

1. the nearest trigger *before* the expression in its clause. The governing verb phrase usually
   comes first in news prose: "held talks on the 8th", "a phone call in February";
2. the nearest trigger *after* it, for fronted adverbials ("On Tuesday, parliament voted");
3. the same two searches across ", and"/", but"/", which" clause breaks, up to the nearest
   semicolon, colon or quotation mark.

Words inside a temporal expression are never triggers. An expression that modifies the noun
after it dates that noun, not the clause's verb: "the Aug. 7 bombings", "last week's vote"; when
that noun names no event ("its 1998 sedan"), the expression dates nothing. A reporting verb
before the expression gives way when the expression stands in the words it reports ("said that
last week a crew found a leak": "found"); it dates itself when the date follows it ("said on
Friday") or its object ("told reporters on Tuesday").

Then the trigger grows into the phrase a reader would quote:

* compound nouns keep their modifier: "video conference", "state visit";
* a light verb joins its event noun: "held talks", "signed a deal";
* an event noun inside an "of"/"in" phrase gives way to the noun it modifies: in "the
  celebration of its victory in the war (September 3)" the trigger is "celebration", not "war";
* a support verb gives way to its event-noun subject: in "the election was held on Sunday" the
  trigger is "election". Aspectual verbs ("the summit *opens* on Monday", "talks *ended*")
  make the relation BEGINS or ENDS when no preposition says otherwise.

A timex whose sentence has no trigger yields no event. A past-tense verb trigger joined by "and"
to another past-tense verb shares its date with it: "crossed the river and seized the town on
Tuesday" dates both.

>>> text = "Xi and Putin held talks on the 8th. They will meet again in September."
>>> events = timeline(text, dct="2025-05-09")
>>> [(event.text, event.value, event.relation) for event in events]
[('held talks', '2025-05-08', 'ON'), ('meet', '2025-09', 'ON')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from dateutil.relativedelta import relativedelta

from dateline.api import DctLike, annotate_document
from dateline.timex import Timex

Relation = Literal["ON", "BEGINS", "ENDS", "DURING", "BEFORE", "AFTER"]
RELATIONS: tuple[str, ...] = ("ON", "BEGINS", "ENDS", "DURING", "BEFORE", "AFTER")

Interval = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True, slots=True)
class Event:
    """An event of the text, dated by a temporal expression.

    Attributes:
        text: the trigger, ``text[start:end]`` of the document: a verb ("meet"), an event noun
            with its modifier ("video conference"), or a light verb with its noun ("held talks").
        start: offset of the trigger in the document.
        end: end offset of the trigger (exclusive).
        timex: the expression that dates the event (for a range, its first expression).
        value: the TIMEX3 value of ``timex``; for a "from X to Y" range, the ISO 8601
            interval ``"X/Y"`` of both values.
        interval: the concrete ``[start, end)`` the relation refers to, or ``None`` when the
            value has none (``XXXX-09`` without a DCT). This is the anchor's own span,
            widened to the event's extent when the text gives one: a range, or a start plus a
            duration ("a four-day visit starting on the 7th" spans 7 up to 11).
        relation: how the event stands to ``interval``:

            * ``ON``: it happens at or within the time ("on the 8th", "in January");
            * ``BEGINS``: it starts then ("since", "from", "starting", "opens on");
            * ``ENDS``: it ends then ("until", "till", "through", "ended on");
            * ``DURING``: it lasts through the time ("during", "throughout", "over",
              "from X to Y", or "for <duration>");
            * ``BEFORE``: it happens before the time ("before", "prior to"). "by" is read as
              BEFORE too, but in the TIMEX3 ``ON_OR_BEFORE`` sense: the deadline day itself
              counts;
            * ``AFTER``: it happens after the time ("after", "following").
        sentence: the sentence holding the trigger, whitespace collapsed.
    """

    text: str
    start: int
    end: int
    timex: Timex
    value: str
    interval: Interval | None
    relation: Relation
    sentence: str

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary; datetimes become ISO 8601 strings.

        >>> event = timeline("They held talks on the 8th.", dct="2025-05-09")[0]
        >>> record = event.to_dict()
        >>> record["text"], record["value"], record["relation"], record["interval"]
        ('held talks', '2025-05-08', 'ON', ['2025-05-08T00:00:00', '2025-05-09T00:00:00'])
        >>> record["timex"]["text"]
        'the 8th'
        """
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "relation": self.relation,
            "interval": (
                [self.interval[0].isoformat(), self.interval[1].isoformat()] if self.interval else None
            ),
            "sentence": self.sentence,
            "timex": self.timex.to_dict(),
        }


# --------------------------------------------------------------------------------------------
# Lexicon. The lists are short on purpose: they name what news reports date (meetings, votes,
# attacks, deals, ceremonies), not every English noun.

#: Nouns that name an event. A plural ("talks", "clashes", "ceremonies") is found by its singular.
EVENT_NOUNS = frozenset(
    {"talk", "meeting", "summit", "visit", "trip", "tour", "journey", "conference",
     "videoconference", "teleconference", "call", "conversation", "election", "vote",
     "referendum", "poll", "ballot", "runoff", "primary", "attack", "strike", "airstrike",
     "raid", "bombing", "shooting", "explosion", "blast", "war", "battle", "invasion",
     "offensive", "ceasefire", "truce", "celebration", "anniversary", "ceremony",
     "commemoration", "observance", "parade", "festival", "inauguration", "funeral",
     "wedding", "agreement", "deal", "treaty", "accord", "pact", "negotiation", "dialogue",
     "session", "hearing", "trial", "verdict", "ruling", "arrest", "protest",
     "demonstration", "rally", "crash", "accident", "earthquake", "quake", "storm",
     "hurricane", "typhoon", "flood", "fire", "wildfire", "outbreak", "launch", "release",
     "announcement", "speech", "interview", "debate", "match", "game", "race", "final",
     "tournament", "championship", "concert", "exhibition", "opening", "closure", "merger",
     "acquisition", "takeover", "sale", "auction", "default", "crisis", "collapse",
     "resignation", "appointment", "nomination", "investigation", "probe", "inquiry",
     "forum", "congress", "convention", "assembly", "gathering", "briefing", "exercise",
     "drill", "test", "deployment", "withdrawal", "evacuation", "signing", "victory",
     "defeat", "coup", "uprising", "revolution", "riot", "clash", "fighting", "massacre",
     "killing", "death", "birth", "deadline", "reunion", "shutdown", "lockdown", "blackout",
     "outage", "flight", "landing", "voyage", "mission", "operation", "campaign", "incident",
     "handover", "decision", "hike", "walkout"}
)  # fmt: skip

#: Words that form a compound with a following event noun ("video conference", "state visit").
COMPOUND_MODIFIERS = frozenset(
    {"video", "phone", "telephone", "state", "peace", "trade", "press", "news", "presidential",
     "parliamentary", "general", "legislative", "local", "municipal", "midterm", "national",
     "military", "naval", "air", "missile", "drone", "rocket", "terror", "terrorist", "bomb",
     "suicide", "cyber", "border", "budget", "cabinet", "board", "leaders", "ministerial",
     "award", "memorial", "birthday", "independence", "rate", "nuclear", "climate",
     "security", "shareholder", "shareholders", "party", "leadership", "farewell", "welcome",
     "gala", "ground", "joint", "official", "working", "private", "emergency", "policy",
     "space", "earnings", "product", "fact-finding", "round", "first-round", "second-round",
     "bilateral", "trilateral", "closing", "public", "televised", "ministers"}
)  # fmt: skip

#: Base forms of event verbs; their -s, -ed and -ing forms are generated.
VERB_BASES = frozenset(
    {"meet", "greet", "visit", "attend", "sign", "vote", "elect", "announce", "launch", "hold",
     "open", "begin", "start", "end", "close", "conclude", "finish", "complete", "resume",
     "continue", "last", "run", "arrive", "leave", "depart", "return", "travel", "fly", "land",
     "die", "kill", "attack", "strike", "invade", "bomb", "shoot", "explode", "crash",
     "collapse", "resign", "retire", "appoint", "nominate", "win", "lose", "beat", "defeat",
     "agree", "approve", "reject", "pass", "veto", "ratify", "report", "say", "tell", "warn",
     "claim", "deny", "confirm", "reveal", "release", "publish", "issue", "file", "sue",
     "charge", "arrest", "sentence", "convict", "acquit", "free", "celebrate", "commemorate",
     "mark", "honor", "honour", "host", "receive", "welcome", "invite", "discuss", "negotiate",
     "talk", "speak", "address", "testify", "join", "quit", "found", "establish", "create",
     "build", "raise", "cut", "hike", "lower", "rise", "fall", "drop", "climb", "surge",
     "plunge", "jump", "soar", "slump", "grow", "shrink", "merge", "acquire", "buy", "sell",
     "pay", "spend", "invest", "debut", "unveil", "introduce", "implement", "enforce", "ban",
     "lift", "impose", "suspend", "halt", "stop", "cancel", "postpone", "delay", "expire",
     "erupt", "occur", "happen", "take", "make", "give", "have", "conduct", "stage", "kick",
     "wrap", "go", "come", "break", "flee", "evacuate", "rescue", "protest", "rally", "hit",
     "call", "hear", "rule", "decide", "demonstrate", "gather", "mourn",
     "bury", "marry", "inaugurate", "swear", "crown", "award", "score", "play", "perform",
     "broadcast", "air", "premiere", "exhibit", "detain", "capture", "storm", "seize",
     "withdraw", "deploy", "fire", "test", "shut", "reopen", "restart", "show"}
)  # fmt: skip

#: Irregular past tenses and participles, mapped to their base form.
IRREGULAR_FORMS: Final = MappingProxyType({
    "met": "meet", "held": "hold", "took": "take", "taken": "take", "made": "make",
    "came": "come", "went": "go", "gone": "go", "gave": "give", "given": "give", "saw": "see",
    "seen": "see", "began": "begin", "begun": "begin", "became": "become", "left": "leave",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "won": "win",
    "lost": "lose", "sold": "sell", "bought": "buy", "paid": "pay", "brought": "bring",
    "found": "find", "got": "get", "ran": "run", "spent": "spend", "sent": "send",
    "built": "build", "struck": "strike", "stricken": "strike", "led": "lead", "kept": "keep",
    "knew": "know", "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak",
    "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose", "drove": "drive",
    "flew": "fly", "flown": "fly", "grew": "grow", "grown": "grow", "threw": "throw",
    "thrown": "throw", "stood": "stand", "sought": "seek", "fought": "fight", "caught": "catch",
    "felt": "feel", "heard": "hear", "dealt": "deal", "swore": "swear", "sworn": "swear",
    "shot": "shoot", "upheld": "uphold", "withdrew": "withdraw", "withdrawn": "withdraw",
    "overthrew": "overthrow", "sank": "sink", "sunk": "sink", "arose": "arise", "beat": "beat",
    "fled": "flee", "froze": "freeze", "frozen": "freeze", "hid": "hide", "hung": "hang",
    "laid": "lay", "lent": "lend", "lit": "light", "rode": "ride", "sat": "sit", "shook": "shake",
    "slept": "sleep", "spun": "spin", "spread": "spread", "stole": "steal", "stolen": "steal",
    "stuck": "stick", "swept": "sweep", "swung": "swing", "tore": "tear", "torn": "tear",
    "woke": "wake", "said": "say", "told": "tell", "cut": "cut", "hit": "hit", "quit": "quit",
    "shut": "shut", "burst": "burst", "undertook": "undertake", "forgave": "forgive",
    "ate": "eat", "drew": "draw", "drawn": "draw", "shown": "show", "known": "know",
    "bore": "bear", "born": "bear", "oversaw": "oversee", "foresaw": "foresee",
    "dug": "dig", "fed": "feed", "bled": "bleed", "bred": "breed", "crept": "creep",
    "forbade": "forbid", "forbidden": "forbid", "forgot": "forget", "forgotten": "forget",
    "rang": "ring", "rung": "ring", "sang": "sing", "sung": "sing", "shone": "shine",
    "slid": "slide", "sprang": "spring", "sprung": "spring", "strode": "stride", "swam": "swim",
    "swum": "swim", "wept": "weep", "wove": "weave", "woven": "weave", "taught": "teach",
    "wore": "wear", "worn": "wear", "overcame": "overcome", "underwent": "undergo",
    "undergone": "undergo", "withheld": "withhold", "misled": "mislead", "rebuilt": "rebuild",
    "overran": "overrun", "slew": "slay", "slain": "slay", "strove": "strive", "knelt": "kneel",
    "leapt": "leap", "mistook": "mistake", "overtook": "overtake", "overtaken": "overtake",
    "rewrote": "rewrite", "rewritten": "rewrite", "befell": "befall", "befallen": "befall",
    "sped": "speed",
})  # fmt: skip

#: Reporting verbs: a date in the words they report dates the reported event, not the report.
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "claim", "deny", "confirm", "reveal", "warn"}
)
#: Reporting verbs that take an object: the date after it dates the report ("told his cabinet on
#: Sunday", "reported a profit on Tuesday"); only a "that" before the date opens the reported words.
_OBJECT_REPORTING_VERBS = frozenset({"tell", "warn", "report", "announce", "confirm", "deny", "reveal"})
#: Adverbs that stand between a verb and its date ("said here Friday").
_PLACE_ADVERBS = frozenset({"here", "there", "again", "also", "late", "early"})

#: Light verbs: with an event noun as object they form the trigger ("held talks").
LIGHT_VERBS = frozenset(
    {"hold", "have", "make", "take", "give", "conduct", "stage", "host", "launch", "sign",
     "pay", "attend", "open", "begin", "start", "resume", "end", "close", "conclude",
     "finish", "complete", "kick", "wrap", "call", "reach", "strike", "seal", "win"}
)  # fmt: skip

#: Support verbs: their event-noun subject is the trigger ("the election was held").
SUPPORT_VERBS = frozenset(
    {"hold", "open", "begin", "start", "resume", "end", "close", "conclude", "finish",
     "expire", "occur", "happen", "last", "run", "continue", "come", "fall", "take", "kick",
     "wrap", "go", "get"}
)  # fmt: skip

#: Aspectual verbs (and verb + particle phrases): the relation they give when no preposition does.
ASPECT: Final[MappingProxyType[str, Relation]] = MappingProxyType({
    "open": "BEGINS", "begin": "BEGINS", "start": "BEGINS", "resume": "BEGINS",
    "kick off": "BEGINS", "take effect": "BEGINS", "get underway": "BEGINS",
    "end": "ENDS", "close": "ENDS", "conclude": "ENDS", "finish": "ENDS", "complete": "ENDS",
    "expire": "ENDS", "wrap up": "ENDS",
})  # fmt: skip

#: Particles that belong to a verb ("took place", "kicked off").
PARTICLES: Final = MappingProxyType({
    "take": frozenset({"place", "effect"}), "kick": frozenset({"off"}),
    "wrap": frozenset({"up"}), "go": frozenset({"ahead"}), "get": frozenset({"underway"}),
})  # fmt: skip

#: Words that are never triggers: auxiliaries, copulas, the relation words themselves, and
#: future markers, which date the verb they govern ("scheduled to meet" -> "meet").
NON_TRIGGERS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
     "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may",
     "might", "must", "since", "until", "till", "from", "by", "after", "before", "during",
     "throughout", "over", "through", "starting", "beginning", "ending", "following",
     "lasting", "including", "according", "scheduled", "expected", "planned", "set", "due",
     "slated", "supposed", "poised", "likely", "going", "about", "able", "sure", "seen",
     "become", "became", "see", "saw", "let"}
)  # fmt: skip

#: Determiners before which an -ed word is an adjective: "a crowded building", "an estimated 2%",
#: "the fabled temple" ("that" is left out: "the treaty that ended the war").
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
#: Words that open a noun phrase: an event word after one and before another word of the phrase
#: modifies that word ("the spending bill", "a trade deal").
_DETERMINERS = _ARTICLES | {"this", "that", "these", "those"}
#: Calendar periods: "the quarter ended Sept. 30" names a period by its end, it reports no ending.
_PERIOD_NOUNS = frozenset({"quarter", "year", "period", "half", "month", "months", "week", "weeks"})

#: Words that follow an auxiliary without being its verb.
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
     "my", "your", "him", "them", "us", "me", "it", "he", "she", "they", "we", "you", "i",
     "and", "or", "but", "not", "no", "all", "both", "each", "some", "any", "more", "most",
     "be", "been", "being", "have", "has", "had", "also", "again", "still", "soon", "then",
     "now", "just", "only", "even", "never", "ever", "further", "there", "here", "what",
     "which", "who", "whom", "whose", "where", "when", "how", "why", "as", "so", "very",
     "too", "such", "other", "another", "one", "two", "three", "four", "five", "of", "in",
     "on", "at", "for", "with", "to", "into", "onto", "upon", "up", "down", "out", "off"}
)  # fmt: skip

#: Words that make the next content word a verb ("will visit", "to commemorate").
_AUXILIARIES = frozenset(
    {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did",
     "does", "do", "'ll", "won't", "wo", "cannot", "didn't", "doesn't", "don't"}
)  # fmt: skip
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})

#: Words that can stand between an auxiliary and its verb, or a verb and its subject.
_AUX_FILLERS = frozenset(
    {"be", "been", "being", "have", "has", "had", "not", "never", "also", "again", "already",
     "still", "soon", "then", "now", "just", "finally", "only", "both", "all", "jointly",
     "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are",
     "was", "were", "am", "to", "due", "set", "scheduled", "expected", "slated", "planned",
     "likely", "going", "'ll", "n't"}
)  # fmt: skip

#: -ed words that are adjectives or nouns, not past tenses.
_NOT_VERBS_ED = frozenset(
    {"need", "speed", "feed", "seed", "bed", "red", "shed", "united", "limited", "proposed",
     "expected", "scheduled", "planned", "hundred", "based", "related", "interested",
     "concerned", "supposed", "used", "indeed", "proceed", "succeed", "exceed", "embed",
     "naked", "wicked", "sacred", "kindred", "rugged", "unprecedented", "alleged", "armed",
     "biased", "talented", "skilled", "aged", "advanced", "detailed", "experienced",
     "beloved", "blessed", "heated", "mixed", "so-called", "deceased", "tired", "bored",
     "embattled", "disputed", "contested", "state-owned", "state-run", "long-awaited",
     "wounded", "injured", "displaced", "retired", "detained"}
)  # fmt: skip

_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "for", "with", "to", "into", "from", "by", "about", "against",
     "between", "among", "near", "under", "over", "through", "during", "after", "before",
     "since", "until", "till", "than", "as", "via", "without", "within", "across", "toward",
     "towards", "amid", "amongst", "around", "behind", "beyond", "despite", "like", "per"}
)  # fmt: skip
_CONJUNCTIONS = frozenset({"and", "or", "but", "while", "whereas", "although", "though", "that"})


def _verb_forms(base: str) -> Iterable[str]:
    """The regular -s, -ed and -ing forms of ``base`` (doubling a final consonant when it may)."""
    yield base
    if base.endswith("e"):
        yield from (base + "s", base + "d", base[:-1] + "ing")
        return
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        yield from (base[:-1] + "ies", base[:-1] + "ied", base + "ing")
        return
    plural = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    yield from (plural, base + "ed", base + "ing")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        yield from (base + base[-1] + "ed", base + base[-1] + "ing")


def _build_lemmas() -> dict[str, str]:
    lemmas: dict[str, str] = {}
    for base in sorted(VERB_BASES):
        for form in _verb_forms(base):
            lemmas.setdefault(form, base)
    lemmas.update(IRREGULAR_FORMS)
    return lemmas


_LEMMAS: Final = MappingProxyType(_build_lemmas())


# --------------------------------------------------------------------------------------------
# Relations read from the words just before an expression. The expression's extent leaves out
# its preposition (TIMEX3 extent rules), so the cue sits right before ``timex.start``.

_CUES: tuple[tuple[str, str], ...] = (
    (r"between", "RANGE"),
    (r"(?:starting|beginning|effective|commencing)(?:\s+(?:from|on|in|at))?|since|from|as\s+of", "BEGINS"),
    (r"(?:up\s+)?(?:until|till|til)|through|thru", "ENDS"),
    (r"by|no\s+later\s+than|not\s+later\s+than|before|prior\s+to|ahead\s+of|earlier\s+than", "BEFORE"),
    (r"after|following|later\s+than", "AFTER"),
    (r"during|throughout|over|within|in\s+the\s+course\s+of|for\s+the\s+duration\s+of", "DURING"),
)
_CUE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{name}{index}>{pattern})" for index, (pattern, name) in enumerate(_CUES))
    + r")\s+[(\[]?\s*$",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—])\s*", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"(?<![\w-])for\s+$", re.IGNORECASE)
_CUE_WINDOW = 40


_CUE_RELATIONS: Final[MappingProxyType[str, Relation]] = MappingProxyType({
    "BEGINS": "BEGINS", "ENDS": "ENDS", "BEFORE": "BEFORE", "AFTER": "AFTER", "DURING": "DURING",
})  # fmt: skip


def _cue(text: str, position: int, floor: int) -> str | None:
    """The relation cue right before ``position`` ("BEGINS", "RANGE", ...), or ``None``."""
    window = text[max(floor, position - _CUE_WINDOW) : position]
    match = _CUE_PATTERN.search(window)
    if match is None or match.lastgroup is None:
        return None
    return match.lastgroup.rstrip("0123456789")


# --------------------------------------------------------------------------------------------
# Sentences and tokens.

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|etc|approx|est)|\b[A-Z](?:\.[A-Z])*)\.$"
)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z]+)*)*|[;:()\"“”,—–]")
_HARD_BREAKS = frozenset({";", ":", '"', "“", "”"})
_SOFT_BREAK_WORDS = frozenset({"and", "but", "while", "whereas", "although", "though", "which", "who"})


def _sentence_spans(text: str, timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets; never split inside a timex or after an abbreviation."""
    starts = [timex.start for timex in timexes]
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start()
        if _ABBREVIATION.search(text, max(0, cut - 6), cut) is not None and "\n" not in match.group():
            continue
        before = bisect.bisect_left(starts, cut) - 1  # timexes never overlap: one may cover the cut
        if before >= 0 and timexes[before].end > cut:
            continue
        if text[start:cut].strip():
            spans.append((start, cut))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    lower: str
    timex: int | None  # index of the timex that covers the token

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def _tokens(text: str, start: int, end: int, timexes: Sequence[tuple[int, Timex]]) -> list[_Token]:
    """The tokens of ``text[start:end]``, each marked with the index of the timex covering it."""
    tokens: list[_Token] = []
    position = 0  # timexes come in reading order and never overlap
    for match in _TOKEN.finditer(text, start, end):
        while position < len(timexes) and timexes[position][1].end <= match.start():
            position += 1
        covering = None
        if position < len(timexes) and timexes[position][1].start < match.end():
            covering = timexes[position][0]
        word = match.group()
        lower = re.sub(r"['’]s$", "", word.lower()).replace("’", "'")
        tokens.append(_Token(match.start(), match.end(), word, lower, covering))
    return tokens


# --------------------------------------------------------------------------------------------
# Finding the trigger of one expression.


@dataclass(frozen=True, slots=True)
class _Trigger:
    first: int  # token indexes, inclusive
    last: int
    aspect: Relation | None


class _Sentence:
    """The tokens of one sentence and the word-class guesses the trigger search needs."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self._hard_breaks = [index for index, token in enumerate(tokens) if token.text in _HARD_BREAKS]
        self._soft_breaks = [index for index in range(len(tokens)) if self._soft_break(index)]
        self.covered: dict[int, list[int]] = {}
        for index, token in enumerate(tokens):
            if token.timex is not None:
                self.covered.setdefault(token.timex, []).append(index)

    def word(self, index: int) -> _Token | None:
        if 0 <= index < len(self.tokens):
            return self.tokens[index]
        return None

    def _open_word(self, index: int) -> _Token | None:
        """The token at ``index`` if it is a word that could name an event (not part of a timex,
        not a known non-trigger)."""
        token = self.tokens[index]
        if token.timex is not None or not token.is_word or token.lower in NON_TRIGGERS:
            return None
        return token

    def noun_lemma(self, index: int) -> str | None:
        token = self._open_word(index)
        if token is None:
            return None
        lower = token.lower
        if lower in EVENT_NOUNS:
            return lower
        for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
            if lower.endswith(suffix) and lower[: -len(suffix)] + replacement in EVENT_NOUNS:
                return lower[: -len(suffix)] + replacement
        return None

    def verb_lemma(self, index: int) -> str | None:
        token = self._open_word(index)
        if token is None:
            return None
        lower = token.lower
        if not token.text.islower() and index > 0:
            return None  # a capitalized word inside a sentence is a name ("Mark", "Will")
        previous = self.tokens[index - 1].lower if index > 0 else ""
        if lower.endswith("ed") and previous in _ARTICLES:
            return None  # "an unnamed city", "the reduced dividend": an adjective
        if lower == "ended" and previous in _PERIOD_NOUNS:
            return None  # "the quarter ended Sept. 30"
        if lower in _LEMMAS:
            return _LEMMAS[lower]
        if len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_VERBS_ED and lower.isalpha():
            return lower
        if lower in _FUNCTION_WORDS or lower.endswith("ly") or not lower.isalpha():
            return None
        previous = self._previous_word(index, skip=_AUX_FILLERS - _AUXILIARIES - _BE_FORMS)
        if previous is not None and previous.lower in _AUXILIARIES:
            return lower
        if previous is not None and previous.lower in _BE_FORMS and lower.endswith("ing"):
            return lower
        return None

    def _previous_word(self, index: int, *, skip: frozenset[str]) -> _Token | None:
        for back in range(index - 1, max(-1, index - 4), -1):
            token = self.tokens[back]
            if not token.is_word:
                return None
            if token.lower in skip or token.lower.endswith("ly"):
                continue
            return token
        return None

    def is_candidate(self, index: int) -> bool:
        return self.noun_lemma(index) is not None or self.verb_lemma(index) is not None

    def _plain(self, index: int) -> bool:
        """A word that may stand inside a phrase: not a trigger, break, preposition or timex."""
        token = self.tokens[index]
        return (
            token.is_word
            and token.timex is None
            and token.lower not in _PREPOSITIONS
            and token.lower not in _CONJUNCTIONS
            and not self.is_candidate(index)
        )

    # -- growing a candidate into a trigger phrase ------------------------------------------

    def expand(self, index: int) -> _Trigger:
        if self.noun_lemma(index) is not None:
            return self._expand_noun(index)
        return self._expand_verb(index)

    def _name_run(self, index: int) -> tuple[int, int]:
        """A capitalized event noun inside a name spans the name ("World War II")."""
        token = self.tokens[index]
        if not token.is_capitalized:
            return index, index

        def in_name(position: int) -> bool:
            other = self.word(position)
            return (
                other is not None
                and other.timex is None
                and other.is_word
                and (other.is_capitalized or other.text[0].isdigit())
            )

        first, last = index, index
        while in_name(first - 1) and (first - 1 > 0 or self.tokens[0].lower not in _FUNCTION_WORDS):
            first -= 1
        while in_name(last + 1):
            last += 1
        return first, last

    def _expand_noun(self, index: int) -> _Trigger:
        first, last = self._name_run(index)
        for _ in range(3):  # "the celebration of its victory in the war": climb to the head
            head = self._governing_noun(first)
            if head is None:
                break
            first, last = self._name_run(head)
        if first == last:
            first = self._compound_start(first)
        light = self._light_verb_before(first)
        if light is None:
            return _Trigger(first, last, None)
        verb, crossed = light
        aspect = ASPECT.get(self.verb_lemma(verb) or "")
        # "held talks" is the trigger; "began a four-day state visit" keeps the noun, which
        # carries the measure, and takes the verb's aspect
        return _Trigger(first if crossed else verb, last, aspect)

    def _governing_noun(self, index: int) -> int | None:
        back = index - 1
        skipped = 0
        while back >= 0 and skipped <= 3:
            token = self.tokens[back]
            if token.lower in ("of", "in") and back > 0:
                head = back - 1
                return head if self.noun_lemma(head) is not None else None
            if not self._plain(back) and not (token.is_word and token.is_capitalized and token.timex is None):
                return None
            back -= 1
            skipped += 1
        return None

    def _compound_start(self, index: int) -> int:
        first = index
        for _ in range(2):
            previous = self.word(first - 1)
            if previous is None or previous.timex is not None or not previous.text.islower():
                break
            if previous.lower in COMPOUND_MODIFIERS or self.noun_lemma(first - 1) is not None:
                first -= 1
            else:
                break
        return first

    def _light_verb_before(self, index: int) -> tuple[int, bool] | None:
        """A light verb whose object starts at ``index`` ("held" in "held talks"), and whether a
        measure ("a four-day state visit") stands between them."""
        back = index - 1
        crossed = False
        for _ in range(4):
            if back < 0:
                return None
            lemma = self.verb_lemma(back)
            if lemma is not None:
                return (back, crossed) if lemma in LIGHT_VERBS else None
            if self.tokens[back].timex is not None:
                crossed = True
            elif not self._plain(back):
                return None
            back -= 1
        return None

    def _particle(self, index: int, lemma: str) -> str | None:
        following = self.word(index + 1)
        if following is not None and following.lower in PARTICLES.get(lemma, frozenset()):
            return following.lower
        return None

    def _expand_verb(self, index: int) -> _Trigger:
        lemma = self.verb_lemma(index) or ""
        particle = self._particle(index, lemma)
        phrase = f"{lemma} {particle}" if particle else lemma
        last = index + 1 if particle else index
        aspect = ASPECT.get(phrase)
        if lemma in LIGHT_VERBS:
            obj = self._event_object(last)
            if obj is not None:
                return _Trigger(index, obj, aspect)
        if lemma in SUPPORT_VERBS:
            subject = self._event_subject(index)
            if subject is not None:
                noun = self._expand_noun(subject)
                return _Trigger(noun.first, noun.last, aspect)
        first = index
        conjunction = self.word(index - 1)
        coordinated = conjunction is not None and conjunction.lower in ("and", "or") and index >= 2
        if coordinated and self.verb_lemma(index - 2) is not None:
            first = index - 2  # "meet and greet"
        return _Trigger(first, last, aspect)

    def _event_object(self, index: int) -> int | None:
        ahead = index + 1
        for _ in range(4):
            if ahead >= len(self.tokens):
                return None
            if self.noun_lemma(ahead) is not None:
                # the object noun with the rest of its compound ("held a video conference")
                while self.noun_lemma(ahead + 1) is not None if ahead + 1 < len(self.tokens) else False:
                    ahead += 1
                return ahead
            if not self._plain(ahead):
                return None
            ahead += 1
        return None

    def _event_subject(self, index: int) -> int | None:
        back = index - 1
        for _ in range(5):
            if back < 0:
                return None
            token = self.tokens[back]
            if self.noun_lemma(back) is not None:
                return back
            if not token.is_word or not (token.lower in _AUX_FILLERS or token.lower.endswith("ly")):
                return None
            back -= 1
        return None

    # -- searching -----------------------------------------------------------------------------

    def clause(self, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The soft clause and the hard clause (token ranges) around tokens ``first..last``."""
        hard, soft = self._hard_breaks, self._soft_breaks
        before = bisect.bisect_left(hard, first) - 1
        hard_low = hard[before] + 1 if before >= 0 else 0
        after = bisect.bisect_right(hard, last)
        hard_high = hard[after] if after < len(hard) else len(self.tokens)
        before = bisect.bisect_left(soft, first) - 1
        soft_low = soft[before] if before >= 0 and soft[before] > hard_low else hard_low
        after = bisect.bisect_right(soft, last)
        soft_high = soft[after] if after < len(soft) and soft[after] < hard_high else hard_high
        return (soft_low, soft_high), (hard_low, hard_high)

    def _soft_break(self, index: int) -> bool:
        following = self.word(index + 1)
        return (
            self.tokens[index].text == "," and following is not None and following.lower in _SOFT_BREAK_WORDS
        )

    def _modifies_next(self, index: int, first: int) -> bool:
        """Whether an event noun before the expression only modifies the noun after it ("passed
        the spending bill late Friday": the bill is what passed, not a spending)."""
        token = self.tokens[index]
        if self.noun_lemma(index) is None and not token.lower.endswith("ing"):
            return False
        before = self.word(index - 1)
        following = index + 1
        return (
            before is not None
            and before.lower in _DETERMINERS
            and following < first
            and self.tokens[following].is_word
            and self._plain(following)
        )

    def _reports_later_clause(self, index: int, first: int) -> bool:
        """Whether ``index`` is a reporting verb whose reported words hold the expression: "said
        that last week a customer found", "said exports in the second quarter fell". A
        reporting verb dates itself only with the expression next to it ("said on Friday")."""
        lemma = self.verb_lemma(index)
        if lemma not in REPORTING_VERBS:
            return False
        gap = [self.tokens[between].lower for between in range(index + 1, first)]
        if lemma in _OBJECT_REPORTING_VERBS:
            return "that" in gap
        return any(
            word not in _PREPOSITIONS and word not in _PLACE_ADVERBS and not word.endswith("ly")
            for word in gap
        )

    def _premodified(self, first: int, last: int) -> int | None:
        """When the expression modifies the noun after it ("the Aug. 7 bombings", "last year's
        blasts", "its 1987 sedan"), the index just past it; else ``None``."""
        before, after = self.word(first - 1), self.word(last + 1)
        possessive = self.tokens[last].text.endswith(("'s", "’s"))
        opened = before is not None and (before.lower in _DETERMINERS or before.text.endswith(("'s", "’s")))
        if not (possessive or opened) or after is None or not after.is_word:
            return None
        if after.lower in _PREPOSITIONS or after.lower in _CONJUNCTIONS or after.lower in _FUNCTION_WORDS:
            return None
        return last + 1

    def _modified_noun(self, index: int) -> _Trigger | None:
        """The event word of the noun phrase from ``index`` ("Embassy bombings", "return date"),
        or ``None`` when the phrase names a thing ("1987 sedan was found")."""
        for ahead in range(index, min(index + 4, len(self.tokens))):
            token = self.tokens[ahead]
            if not token.is_word or token.timex is not None or token.lower in NON_TRIGGERS:
                return None
            if token.lower in _PREPOSITIONS or token.lower in _CONJUNCTIONS:
                return None
            if self.is_candidate(ahead):
                return self.expand(ahead)
        return None

    def _past_verb(self, index: int) -> bool:
        """A verb in the past tense ("seized", "met"), not an event noun."""
        lower = self.tokens[index].lower
        if self.verb_lemma(index) is None or self.noun_lemma(index) is not None:
            return False
        return lower.endswith("ed") or (lower in IRREGULAR_FORMS and lower != IRREGULAR_FORMS[lower])

    def coordinated(self, trigger: _Trigger, first: int, last: int) -> _Trigger | None:
        """A past-tense verb joined by "and" to a past-tense verb trigger, which shares its date
        ("crossed the river and seized the town on Tuesday"): the two are one clause, one time.
        The expression (tokens ``first..last``) must not stand between them."""
        if trigger.first != trigger.last or not self._past_verb(trigger.first):
            return None
        verb = trigger.first
        low, high = max(0, verb - 7), min(len(self.tokens), verb + 8)
        for step in (-1, 1):  # the verb before, then the verb after
            position = verb + step
            joined = False
            while low <= position < high:
                token = self.tokens[position]
                if not token.is_word or token.timex is not None or first <= position <= last:
                    break
                if token.lower == "and" and not joined:
                    joined = True
                elif token.lower in _CONJUNCTIONS or (
                    token.lower in NON_TRIGGERS and token.lower not in _AUX_FILLERS
                ):
                    break
                elif joined and self._past_verb(position) and self.tokens[position].text.islower():
                    return _Trigger(position, position, None)
                elif self.is_candidate(position) and not joined:
                    break
                position += step
        return None

    def find(self, first: int, last: int) -> _Trigger | None:
        """The trigger of the expression that covers tokens ``first..last``."""
        modified = self._premodified(first, last)
        if modified is not None:  # the date belongs to its noun phrase, not to the clause's verb
            return self._modified_noun(modified)
        soft, hard = self.clause(first, last)
        reporting: int | None = None  # a reporting verb passed over, the fallback
        for low, high in (soft, hard):
            for back in range(first - 1, low - 1, -1):
                if self.is_candidate(back) and not self._modifies_next(back, first):
                    if self._reports_later_clause(back, first):
                        reporting = back if reporting is None else reporting
                        break  # the reported clause starts after it: look ahead
                    return self.expand(back)
            for ahead in range(last + 1, high):
                if self.is_candidate(ahead):
                    return self.expand(ahead)
        return None if reporting is None else self.expand(reporting)


# --------------------------------------------------------------------------------------------
# Durations: a duration next to the event ("a four-day visit", "runs for five days starting
# June 10") turns a dated start (or end) into the event's whole extent.

_DURATION = re.compile(
    r"P(?P<date>(?:[0-9]+(?:\.[0-9]+)?(?:Y|M|W|D|Q|DE|CE|ML))*)(?:T(?P<time>(?:[0-9]+(?:\.[0-9]+)?[HMS])+))?"
)
_DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)(DE|CE|ML|Y|Q|M|W|D|H|S)")
_MONTHS_PER_UNIT: Final = MappingProxyType({"Y": 12, "Q": 3, "M": 1, "DE": 120, "CE": 1200, "ML": 12000})
_SECONDS_PER_UNIT: Final = MappingProxyType({"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1})


def _parse_duration(value: str) -> relativedelta | None:
    """A TIMEX3 duration value as a ``relativedelta``; ``None`` for unknown amounts (``PXD``).

    Calendar units (years, quarters, months, decades) must be whole numbers; weeks, days and
    clock units may be fractional ("P1.5D").

    >>> _parse_duration("P4D"), _parse_duration("P1DE"), _parse_duration("PT1H30M")
    (relativedelta(days=+4), relativedelta(years=+10), relativedelta(hours=+1, minutes=+30))
    >>> _parse_duration("PXD") is None
    True
    """
    match = _DURATION.fullmatch(value)
    if match is None or value == "P":
        return None
    months = 0
    seconds = 0.0
    days = 0
    for amount, unit in _DURATION_PART.findall(match["date"] or ""):
        number = float(amount)
        if unit in _MONTHS_PER_UNIT:
            if not number.is_integer():
                return None
            months += int(number) * _MONTHS_PER_UNIT[unit]
        elif number.is_integer():
            days += int(number) * (7 if unit == "W" else 1)
        else:
            seconds += number * _SECONDS_PER_UNIT[unit]
    for amount, unit in _DURATION_PART.findall(match["time"] or ""):
        seconds += float(amount) * _SECONDS_PER_UNIT[unit]
    return relativedelta(months=months, days=days, seconds=round(seconds))


#: After a duration, a record it measures ("a 41-year high", "a three-month low"): the span a
#: figure is compared over, not the event's length.
_MEASURES_A_RECORD = re.compile(r"\s+(?:highs?|lows?|peaks?|records?|bests?|worsts?)\b", re.IGNORECASE)
#: A comparison before "since" ("its lowest since May 2022", "the first time since 1990"): the date
#: is what the figure is compared with, not when the event happened or began.
_COMPARED_SINCE = re.compile(
    r"\b(?:lowest|highest|biggest|largest|smallest|fastest|slowest|strongest|weakest|best|worst|"
    r"most|least|first|second|third|(?:high|low|record)\s+level|levels?|high|low)\b[^.;:!?]{0,24}?\bsince\s+$",
    re.IGNORECASE,
)
#: The figure a change is measured from, before its date: "fell to 2.6% in March from 2.8% in
#: February", "up from 41,000 in 2023": the date of the figure compared with, not of an event.
_COMPARED_FROM = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?"
    r"(?:[$€£¥]?[0-9][0-9.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?|(?:high|low|peak|record)\s+of\s+[^\s]+)"
    r"\s+(?:in|on|at|during)\s+$",
    re.IGNORECASE,
)

#: A date after a period's end ("for the quarter ended Sept. 30", "the year ending June 30") says
#: which period is meant; no event happens then.
_PERIOD_END = re.compile(
    r"\b(?:quarter|year|period|half|months?|weeks?)\s+(?:that\s+)?end(?:ed|ing)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
#: A comparison as the trigger ("a profit of $5 million, compared with a loss a year earlier"):
#: the date is the figure's that is compared with, not an event's.
_COMPARISON = re.compile(r"compar(?:ed|ing)\s+(?:with|to)\b", re.IGNORECASE)


def _attached_duration(
    text: str, trigger: tuple[int, int], anchor: Timex, durations: Sequence[Timex], used: set[int]
) -> Timex | None:
    """The duration that measures the event: written just before the trigger ("four-day state
    visit"), just after it ("talks lasting three hours"), or between trigger and anchor."""
    start, end = trigger
    for duration in durations:
        if id(duration) in used or _MEASURES_A_RECORD.match(text, duration.end):
            continue
        if duration.end <= start:
            gap = text[duration.end : start]
            if re.fullmatch(r"[\s\w'’-]{0,24}", gap) and len(gap.split()) <= 2:
                return duration
        elif duration.start >= end:
            gap = text[end : duration.start]
            adjacent = re.fullmatch(r"\s*(?:lasting|of|for|that\s+lasted|that\s+will\s+last)?\s*", gap)
            between = end <= duration.start and duration.end <= anchor.start and ";" not in gap
            if adjacent or between:
                return duration
    return None


def _widen(
    relation: Relation, base: Interval, duration: relativedelta, introduced_by_for: bool
) -> tuple[Relation, Interval]:
    """The event's extent from its anchor's span and its duration."""
    if relation == "ENDS":
        return relation, (base[1] - duration, base[1])
    if relation == "BEGINS":
        return relation, (base[0], base[0] + duration)
    if relation in ("ON", "DURING"):
        if introduced_by_for:
            relation = "DURING"
        if base[0] + duration >= base[1]:  # the anchor is the first day of a longer event
            return relation, (base[0], base[0] + duration)
    return relation, base


# --------------------------------------------------------------------------------------------
# The timeline.


def _is_anchor(timex: Timex) -> bool:
    # Durations and sets measure or repeat, they do not place an event; PRESENT_REF, PAST_REF
    # and FUTURE_REF have no position on a time axis, so a timeline leaves them out.
    return timex.type in ("DATE", "TIME") and bool(timex.value) and not timex.value.endswith("_REF")


def _range_end(text: str, timex: Timex, following: Timex | None, cue: str | None) -> Timex | None:
    """The second expression of "from X to Y" / "between X and Y", if ``timex`` opens one."""
    if following is None or not _is_anchor(following):
        return None
    gap = text[timex.end : following.start]
    if _RANGE_GAP.fullmatch(gap) is None:
        return None
    connector = gap.strip().lower()
    if connector == "and":
        return following if cue == "RANGE" else None
    if cue == "BEGINS" or connector in ("-", "–", "—"):
        return following
    return None


def timeline(text: str, dct: DctLike = None, *, lang: str = "en", domain: str = "news") -> list[Event]:
    """The dated events of ``text``, in time order.

    Every DATE or TIME expression with a value anchors at most one event: the verb or event
    noun it dates in its sentence (see the module docstring for the search). These anchor
    nothing: durations and sets, which measure or repeat rather than place; the fuzzy
    ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, which have no position on a timeline; the dates
    of figures compared with ("its lowest since May 2022", "compared with a loss a year earlier")
    and of a period's end ("the quarter ended Sept. 30"); and expressions whose sentence has no
    trigger. "from X to Y" and "between X and Y" make one
    event over both. When two expressions give the same value to the same trigger ("Victory
    Day ... on the 9th"), the event is listed once.

    Order: by the start of ``interval``, then by position in the text. Events without an
    interval (``XXXX-09`` when there is no DCT) come last, ordered by value.

    Args:
        text: the document.
        dct: the publication date (see :func:`dateline.annotate`); without it a dateline at
            the start of the text is used, or values stay underspecified.
        lang: the language; triggers are found for English (``"en"``).
        domain: ``"news"``, ``"narrative"`` or ``"auto"``, as for :func:`dateline.annotate`.

    Returns:
        The events, sorted.

    Raises:
        DatelineTypeError, DatelineValueError: as :func:`dateline.annotate`.

    >>> text = ("Xi and Putin held talks on the 8th. Xi is on a four-day state visit starting "
    ...         "from the day before. Fighting has continued since January. The deal must be "
    ...         "signed by June 30.")
    >>> for event in timeline(text, dct="2025-05-09"):
    ...     start, end = event.interval
    ...     print(event.value, event.relation, event.text, start.date(), end.date())
    2025-01 BEGINS Fighting 2025-01-01 2025-02-01
    2025-05-07 BEGINS state visit 2025-05-07 2025-05-11
    2025-05-08 ON held talks 2025-05-08 2025-05-09
    2025-06-30 BEFORE signed 2025-06-30 2025-07-01
    >>> timeline("No dates here, only talks.")
    []
    """
    document = annotate_document(text, dct, lang=lang, domain=domain)
    # The opening dateline dates the article itself, not an event it reports.
    timexes = tuple(
        timex
        for timex in document.timexes
        if document.dateline is None or (timex.start, timex.end) != document.dateline
    )
    events: list[Event] = []
    seen: set[tuple[int, int, str]] = set()
    used_durations: set[int] = set()
    consumed: set[int] = set()
    for sentence_start, sentence_end in _sentence_spans(text, timexes):
        inside = [
            (index, timex)
            for index, timex in enumerate(timexes)
            if sentence_start <= timex.start < sentence_end
        ]
        if not any(_is_anchor(timex) for _, timex in inside):
            continue
        sentence = _Sentence(_tokens(text, sentence_start, sentence_end, inside))
        durations = [timex for _, timex in inside if timex.type == "DURATION"]
        sentence_text = " ".join(text[sentence_start:sentence_end].split())
        for index, timex in inside:
            if index in consumed or not _is_anchor(timex):
                continue
            covered = sentence.covered.get(index)
            if not covered:
                continue
            found = sentence.find(covered[0], covered[-1])
            if found is None:
                continue
            first, last = sentence.tokens[found.first], sentence.tokens[found.last]
            trigger = (first.start, last.end)
            cue = _cue(text, timex.start, sentence_start)
            if cue == "BEGINS" and _COMPARED_SINCE.search(
                text, max(sentence_start, timex.start - 48), timex.start
            ):
                continue
            if _COMPARED_FROM.search(text, max(sentence_start, timex.start - 48), timex.start):
                continue
            if _PERIOD_END.search(text, max(sentence_start, timex.start - 40), timex.start):
                continue
            if _COMPARISON.match(text, trigger[0]):
                continue
            following = timexes[index + 1] if index + 1 < len(timexes) else None
            closing = _range_end(text, timex, following, cue)
            value = timex.value
            span = timex.interval()
            relation: Relation
            if closing is not None:
                consumed.add(index + 1)
                value = f"{timex.value}/{closing.value}"
                relation = "DURING"
                closing_span = closing.interval()
                span = (
                    (span[0], closing_span[1])
                    if span and closing_span and span[0] < closing_span[1]
                    else None
                )
            elif cue is not None and cue in _CUE_RELATIONS:
                relation = _CUE_RELATIONS[cue]
            elif found.aspect is not None:
                relation = found.aspect
            elif timex.mod in ("BEFORE", "ON_OR_BEFORE"):
                relation = "BEFORE"
            elif timex.mod in ("AFTER", "ON_OR_AFTER"):
                relation = "AFTER"
            else:
                relation = "ON"
            duration_timex = _attached_duration(text, trigger, timex, durations, used_durations)
            if duration_timex is not None:
                duration = _parse_duration(duration_timex.value)
                if duration is not None and span is not None:
                    used_durations.add(id(duration_timex))
                    by_for = _FOR_BEFORE.search(text, max(0, duration_timex.start - 8), duration_timex.start)
                    relation, span = _widen(relation, span, duration, by_for is not None)
            partner = sentence.coordinated(found, covered[0], covered[-1])
            shared = (
                [] if partner is None else [sentence.tokens[partner.first], sentence.tokens[partner.last]]
            )
            for begin, finish in [trigger, *([(shared[0].start, shared[1].end)] if shared else [])]:
                key = (begin, finish, value)
                if key in seen:
                    continue
                seen.add(key)
                events.append(
                    Event(
                        text=text[begin:finish],
                        start=begin,
                        end=finish,
                        timex=timex,
                        value=value,
                        interval=span,
                        relation=relation,
                        sentence=sentence_text,
                    )
                )
    events.sort(key=_order)
    return events


def _order(event: Event) -> tuple[bool, dt.datetime, str, int, int]:
    """Time first (events without an interval last, by value), then position in the text."""
    if event.interval is not None:
        return (False, event.interval[0], "", event.start, event.timex.start)
    return (True, dt.datetime.min, event.value, event.start, event.timex.start)


# --------------------------------------------------------------------------------------------
# Printing.

_EXCERPT = 64
_TRIGGER_WIDTH = 24


def _last_moment(interval: Interval) -> str:
    """The inclusive end of ``[start, end)``: the last day for whole days, else the end itself."""
    end = interval[1]
    if end.time() == dt.time() and interval[0].time() == dt.time():
        return (end - dt.timedelta(days=1)).date().isoformat()
    return end.isoformat(timespec="minutes")


def _excerpt(sentence: str, focus: str) -> str:
    if len(sentence) <= _EXCERPT:
        return sentence
    where = max(0, sentence.find(focus))
    start = 0 if where < _EXCERPT // 3 else where - _EXCERPT // 4
    if start:
        start = sentence.rfind(" ", 0, start) + 1
    piece = sentence[start : start + _EXCERPT - 2]
    if start + len(piece) < len(sentence):
        piece = piece[: piece.rfind(" ")] if " " in piece else piece
        piece += "…"
    return ("…" if start else "") + piece


def format_timeline(events: Sequence[Event]) -> str:
    """A readable dated list, one line per event: value, relation, trigger, the extent when a
    duration gave one (as its last day, inclusive), and the sentence, shortened.

    Returns an empty string when there are no events.

    >>> text = "Xi began a four-day state visit on the 7th. They held talks on the 8th."
    >>> print(format_timeline(timeline(text, dct="2025-05-09")), end="")
    2025-05-07  BEGINS  state visit  (… 2025-05-10)  "Xi began a four-day state visit on the 7th."
    2025-05-08  ON      held talks                   "They held talks on the 8th."
    """
    if not events:
        return ""
    rows: list[tuple[str, str, str, str, str]] = []
    for event in events:
        extent = ""
        own = event.timex.interval()
        if event.interval is not None and "/" not in event.value and event.interval != own:
            extent = f"(… {_last_moment(event.interval)})"
        trigger = " ".join(event.text.split())
        if len(trigger) > _TRIGGER_WIDTH:
            trigger = trigger[: _TRIGGER_WIDTH - 1] + "…"
        quote = f'"{_excerpt(event.sentence, " ".join(event.text.split()))}"'
        rows.append((event.value, event.relation, trigger, extent, quote))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        lines.append("  ".join([*(cell for cell, width in zip(cells, widths, strict=True) if width), row[4]]))
    return "\n".join(line.rstrip() for line in lines) + "\n"
