"""The noun phrase a length or a counted day heads, as histories draw it.

The annotation the narrative corpora follow (TIMEX2's, kept in their TIMEX3) takes the whole
noun phrase a count heads as the expression: its ``of`` complement ("[three weeks of siege]",
"[the second day of the siege]", "[the first three months of 1857]") and the focus word before it
("[just eleven days]", "[a mere five years later]"). News, as TimeBank draws it, keeps the count
alone ("after [four days] of talks", "[the first six months] of [2024]"): resolution asks
for these extents in narrative mode only.

The phrase is read from its words, without a parser: a determiner, then up to a few nouns and
their adjectives, up to the first punctuation, preposition, conjunction, verb form or adverb.

>>> text = "After three weeks of siege, the fort fell."
>>> text[text.index("three") : complement_end(text, text.index(" of"))]
'three weeks of siege'
"""

from __future__ import annotations

import re

from dateline.lexicon import en

#: Words that open a noun phrase ("of the war", "of the siege", "of Napoleon's defeat").
_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "a", "an"}
)
#: Words that end the phrase: prepositions (a phrase after them is the sentence's, "in the hills"),
#: conjunctions, relative words, auxiliaries and pronouns (a clause starts there).
_STOP_WORDS = frozenset(
    {
        "in", "on", "at", "by", "for", "from", "with", "to", "into", "onto", "since", "until",
        "till", "after", "before", "during", "against", "across", "along", "under", "over",
        "through", "throughout", "between", "among", "amid", "within", "without", "near", "off",
        "above", "below", "beneath", "outside", "inside",
        "toward", "towards", "upon", "as", "than", "like", "about", "around", "behind", "beyond",
        "and", "or", "but", "nor", "so", "yet", "which", "who", "whom", "whose", "that", "where",
        "when", "while", "whereas", "although", "though", "because", "if", "unless", "once",
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "having",
        "would", "could", "should", "will", "shall", "may", "might", "must", "can", "did", "do",
        "does", "he", "she", "it", "they", "we", "i", "you", "them", "him", "us", "there",
        "then", "also", "not", "only", "still", "even", "ago", "later", "earlier", "each",
        # (Adverbs after the phrase: "four years of fighting alone", "ten years of war together".)
        "alone", "together", "apiece", "too", "again", "already",
        "every", "all", "both", "some", "many", "more", "most", "the", "a", "an", "this",
        "these", "those", "its", "his", "her", "their", "our", "of",
    }
)  # fmt: skip
#: Verbs in the past that do not end in "-ed", which a history puts after a period it names: "the
#: first decades of the 19th century saw the town grow" (the date is the phrase's, no noun's
#: modifier).
_PAST_VERBS = frozenset(
    {
        "saw",
        "brought",
        "became",
        "began",
        "gave",
        "took",
        "made",
        "found",
        "left",
        "went",
        "came",
        "grew",
        "fell",
        "rose",
        "held",
        "kept",
        # ... and those a count's noun phrase is the subject of: "The two days of fighting cost
        # nearly 24,000 casualties".
        "cost",
        "led",
        "won",
        "lost",
        "hit",
        "drove",
        "forced",
        # ... and participles that begin a phrase of their own after a noun: "ten days of
        # fighting in the capital known as the Tragic Ten Days".
        "known",
        "seen",
        "given",
        "taken",
        "fought",
        "built",
        "sent",
        "spent",
        # ... and verbs in the present a history sums up with: "Estimates of deaths during the
        # thirty months of war range widely".
        "range",
        "vary",
        "varies",
        "remain",
        "remains",
        "seem",
        "seems",
    }
)
#: "In" and a noun that make an adverb, not a place the phrase names ("three years of rents in
#: advance", "in turn", "in part").
_ADVERBIAL_IN = re.compile(
    r"(?:advance|turn|part|vain|full|total|all|kind|cash|general|particular|short|fact|effect|return|"
    r"response|addition|order|time|secret|public|private|person|practice|theory|principle)\b"
)
#: Adjectives that make the "-ing" word after them a noun, whatever follows it: "After three weeks
#: of heavy fighting the British withdrew" (the British are the next clause's subject).
_GERUND_ADJECTIVES = frozenset(
    {
        "heavy", "heavier", "bitter", "fierce", "hard", "intense", "brutal", "bloody", "savage",
        "constant", "sporadic", "desperate", "continuous", "renewed", "further", "close", "street",
        "house-to-house", "hand-to-hand", "inconclusive", "indecisive", "severe", "violent",
        "relentless", "sustained", "protracted", "costly", "fresh", "confused", "stubborn",
    }
)  # fmt: skip
#: Adjectives that a name's noun follows in a phrase: "of the new Parliament", "of the old Reichstag".
_ADJECTIVES_OF_A_NAME = frozenset(
    {"new", "old", "great", "first", "second", "third", "last", "next", "former", "present", "provisional",
     "united", "royal", "imperial", "national", "federal", "grand", "young"}
)  # fmt: skip
#: Participles in "-ing" that open a clause after a noun, before the preposition of its time.
_PARTICIPLE_GOES_ON = re.compile(r"\s+(?:on|in|at|from|with|after|before|around|about)\b")
_CLAUSE_PARTICIPLES = frozenset(
    {"beginning", "ending", "starting", "following", "lasting", "culminating", "resulting", "leading",
     "costing", "leaving"}
)  # fmt: skip
#: Nouns that end in "-ly", which is otherwise an adverb's ending ("the war successfully ended").
_LY_NOUNS = frozenset({"assembly", "rally", "supply", "family", "monopoly", "anomaly", "ally", "folly"})
#: Counts that cannot go on a noun phrase after its noun: the lexicon's number words from two (not
#: "one", a pronoun too: "after the old one was bombed"), and the vague ones ("three weeks of
#: bombardment three breaches", "several", "hundreds").
_COUNT_WORDS = frozenset(
    [word for word, value in en.NUMBER_WORDS.items() if " " not in word and value >= 2]
    + ["hundreds", "thousands", "dozens", "several", "many", "few"]
)
#: Words of a name in capitals that "of" or "of the" joins: "the Siege of Plevna".
_NAME_OF = re.compile(r" of (?:the )?(?=[A-Z])")
#: One word and what closes it: a quotation mark it opened, then punctuation that ends the phrase.
_WORD = re.compile(
    r" (?P<word>(?P<quote>[\"“])?[^\W_][\w'’-]*(?(quote)[\"”]?))(?P<close>[,.;:!?)\]\"”]|\s[-–—(]|$)?"
)
#: An ordinal written in figures: "77th", "2nd".
_ORDINAL_FIGURES = re.compile(r"[0-9]+(?:st|nd|rd|th)")
#: The most words a phrase takes after "of", its determiner included.
_MOST_WORDS = 6
#: A focus word before a count: "[just eleven days]", "[a mere five years later]", "[exactly a year
#: after the treaty]".
_FOCUS = re.compile(r"(?<![\w-])(?:only|just|a\s+mere|merely|barely|exactly|a\s+further)\s+\Z", re.IGNORECASE)


#: Verbs in the present that a phrase ending on a name may be the subject of: "hold", "shape".
_VERBS_OF_A_MEMORY = frozenset(
    {"hold", "holds", "shape", "shapes", "remain", "remains", "stand", "stands", "mark", "marks", "define",
     "defines", "haunt", "haunts", "dominate", "dominates", "loom", "looms", "linger", "lingers", "echo",
     "echoes", "matter", "matters", "live", "lives", "continue", "continues", "resonate", "resonates"}
)  # fmt: skip


def complement_end(text: str, position: int, *, stops: tuple[int, ...] = (), word: str = "of") -> int | None:
    """Where the phrase that ``word`` ("of", "since") opens at ``text[position:]`` (" of the war")
    ends, or ``None`` when none is there. The phrase stops before a word at an offset in ``stops``
    (where another expression starts), and at the first word that cannot be a noun's or its
    modifier's. Two nouns "and" joins are one phrase when it ends there ("of rain and mud,"), and a
    place "in" names is the phrase's ("of bitter fighting in the hills", "in the ruins of the Old
    Town").

    >>> text = "on the second day of the siege successfully cut"
    >>> text[: complement_end(text, text.index(" of"))]
    'on the second day of the siege'
    >>> text = "the third week of the Siege of Plevna."
    >>> text[: complement_end(text, text.index(" of"))]
    'the third week of the Siege of Plevna'
    >>> text = "two years of war and the city fell"
    >>> text[: complement_end(text, text.index(" of"))]
    'two years of war'
    >>> complement_end("two days of them", 8) is None
    True
    >>> text = "the forty years since the last war, "
    >>> text[: complement_end(text, text.index(" since"), word="since")]
    'the forty years since the last war'
    """
    if not text.startswith(f" {word} ", position):
        return None
    end, closed = _phrase(text, position + len(word) + 1, stops)
    if end is None or closed:
        return end
    if text.startswith(" and ", end):
        joined, closed = _phrase(text, end + 4, stops, determiner=False)
        if joined is not None and closed:
            return joined
    if (
        text.startswith(" in ", end)
        and not _ADVERBIAL_IN.match(text, end + 4)
        # (Not after a possessive's noun: "spent the first weeks of his reign in London", where.)
        and not _POSSESSIVE_OPENS.match(text, position + len(word) + 1)
    ):
        placed, closed = _phrase(text, end + 3, stops)
        if placed is not None and not closed and text.startswith(" of ", placed):
            # ... with the place's own "of": "of fighting in the heart of Mexico City".
            return _phrase(text, placed + 3, stops)[0] or placed
        return placed or end
    return end


def event_end(
    text: str,
    position: int,
    *,
    stops: tuple[int, ...] = (),
    dated: tuple[int, int] | None = None,
    fronted: bool = False,
) -> int | None:
    """Where the event at ``text[position:]`` (after a space) that a count is reckoned from ends: a
    noun phrase, and the verb it may be the subject of ("the army crossed"), up to the punctuation
    or the "and" that ends the clause. ``None`` when the event goes on further (a verb's object, a
    preposition: the phrase could not be bounded) or no noun phrase is there. ``dated`` is where
    the next expression starts and ends: a date the event's "of" phrase may be ("the fire of 1666").

    >>> text = "was seized eight days after the raid on the arsenal. Then"
    >>> event_end(text, text.index(" the raid")) is None
    True
    >>> text = "two days after the army crossed and three"
    >>> text[: event_end(text, text.index(" the army"))]
    'two days after the army crossed'
    >>> text = "eight days after Fort Pulaski."
    >>> text[: event_end(text, text.index(" Fort"))]
    'eight days after Fort Pulaski'
    >>> text = "twenty years after the old one was bombed, the new"
    >>> text[: event_end(text, text.index(" the old"))]
    'twenty years after the old one was bombed'
    >>> text = "four years after the fire of 1666."
    >>> text[: event_end(text, text.index(" the fire"), dated=(29, 33))]
    'four years after the fire of 1666'
    >>> text = "three months after the outbreak of the Second World War."
    >>> text[: event_end(text, text.index(" the outbreak"))]
    'three months after the outbreak of the Second World War'
    >>> text = "on 13 May 1846, four days after the news reached Washington."
    >>> text[: event_end(text, text.index(" the news"))]
    'on 13 May 1846, four days after the news reached Washington'
    >>> text = "sank six days after that."
    >>> text[: event_end(text, text.index(" that"))]
    'sank six days after that'

    A count that opens its sentence (``fronted``) is followed by the clause it dates, whose
    subject ends the event:

    >>> text = "in 1928, a few weeks after winning a second term."
    >>> text[: event_end(text, text.index(" winning"))]
    'in 1928, a few weeks after winning a second term'
    >>> text = "Eight years after the evacuation he became president."
    >>> text[: event_end(text, text.index(" the"), fronted=True)]
    'Eight years after the evacuation'
    """
    that = _THAT.match(text, position)
    if that is not None:
        # "sank six days after that.": the event the text has just told.
        return that.end("word")
    gerund = _WORD.match(text, position)
    if (
        gerund is not None
        and not gerund.group("close")
        and gerund.group("word").endswith("ing")
        and gerund.group("word").islower()
        and gerund.start("word") not in stops
    ):
        # "a few weeks after winning a second term": the gerund and its object.
        object_end, closed = _phrase(text, gerund.end("word"), stops)
        if object_end is not None and (closed or _CLAUSE_END.match(text, object_end)):
            return object_end
    pronoun = _PRONOUN_SUBJECT.match(text, position)
    if pronoun is not None:
        # "ten years after it began.", "a week after they had landed,": a pronoun and its verb.
        verb = _WORD.match(text, pronoun.end())
        if (
            verb is not None
            and verb.start("word") not in stops
            and verb.group("word").islower()
            and (verb.group("word").endswith("ed") or verb.group("word") in _PAST_VERBS)
            and (verb.group("close") or _CLAUSE_END.match(text, verb.end("word")))
        ):
            return verb.end("word")
        return None
    end, closed = _phrase(text, position, stops)
    if end is None or closed:
        return end
    joined = _NAMES_JOINED.match(text, end)
    if (
        joined is not None
        and text[position + 1 : position + 2].isupper()
        and not _CLAUSE_END.match(text, joined.end())
        and joined.start("name") not in stops
    ):
        # "two years after Britain and France had entered the war": two names, one subject.
        end = joined.end()
    if _CLAUSE_END.match(text, end) or (fronted and _SUBJECT.match(text, end)):
        return end
    if dated is not None and text.startswith(" of ", end) and end + 4 == dated[0]:
        # "four years after the fire of 1666": the event dated in its "of" phrase.
        return dated[1] if _CLAUSE_END.match(text, dated[1]) else None
    if text.startswith(" of ", end):
        # "three months after the outbreak of the Second World War.": the event's "of" phrase.
        complement = complement_end(text, end, stops=stops)
        return complement if complement is not None and _CLAUSE_END.match(text, complement) else None
    passive = _PASSIVE.match(text, end)
    if passive is not None:
        # "after the old one was bombed": the auxiliary and the participle are the event's verb.
        end = passive.start("participle") - 1
    verb = _WORD.match(text, end)
    if verb is None or verb.start("word") in stops:
        return None
    word = verb.group("word")
    if not word.islower() or word in _STOP_WORDS or word.endswith("ly"):
        return None
    if verb.group("close") or _CLAUSE_END.match(text, verb.end("word")):
        return verb.end("word")
    if fronted and (word.endswith("ed") or word in _PAST_VERBS) and _SUBJECT.match(text, verb.end("word")):
        # "A few days before the fleet sailed he was recalled": the clause a fronted count dates
        # opens with its subject right after the event's verb.
        return verb.end("word")
    # ... and a pronoun as the verb's object: "three days after the enemy had abandoned it."
    pronoun = _OBJECT_PRONOUN.match(text, verb.end("word"))
    if pronoun is not None:
        return pronoun.end()
    if word.endswith("ed") or word in _PAST_VERBS:
        # ... or a short noun phrase that ends the clause: "four days after the news reached
        # Washington,", "the day after the ROK Army crossed the 38th-parallel border".
        object_end, closed = _phrase(text, verb.end("word"), stops)
        if object_end is not None and (
            closed
            or _CLAUSE_END.match(text, object_end)
            # ("A few weeks after the fleet reached Sicily he was recalled": the subject of the
            # clause a fronted count dates.)
            or (fronted and _PRONOUN_SUBJECT.match(text, object_end))
        ):
            return object_end
    return None


#: A second name "and" joins to the first, one subject: "Britain and France".
_NAMES_JOINED = re.compile(r" and (?P<name>(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))*)")
#: A pronoun as the subject of the event's verb (and its auxiliary): "after it began", "after they
#: had landed".
_PRONOUN_SUBJECT = re.compile(r" (?:it|he|she|they|we)(?: had(?: been)?| was| were)?(?= [a-z])")
#: A pronoun as the object of the event's verb, its clause ending after it.
_OBJECT_PRONOUN = re.compile(r" (?:it|them|him|her|us)(?=[,.;:!?)]|\s*$| and\b| but\b)")
#: A passive verb or a pluperfect after the event's noun phrase: "was bombed", "were taken", "had been
#: sacked", "had abandoned".
_PASSIVE = re.compile(
    r" (?:was|were|had been|had)(?= (?P<participle>[a-z]+(?:ed|en|wn|ght|lt)|born|shot|hit|sunk|won|lost|"
    r"held|made|set|struck|hung|sold|told|laid|paid|put|cut|shut|slain|begun|run|won|come|gone)\b)"
)


#: The subject of the clause a fronted count dates, after its event: a pronoun or a name and a
#: verb in the past ("Eight years after the evacuation he became ...", "... Egypt attacked").
_SUBJECT = re.compile(
    r" (?:(?-i:he|she|they|it|we|I|the|its|his|her|their)\b"
    r"|(?-i:[A-Z][\w'’-]+)(?: (?:and )?(?-i:[A-Z][\w'’-]+))* "
    r"(?-i:[a-z]+ed|became|was|were|had|took|made|fell|won|lost|began|went|came|told|said|wrote|sent|gave|led)\b)"
)
#: "that" as the event, the clause ending after it: "six days after that."
_THAT = re.compile(r" (?P<word>that|this)(?=[,.;:!?)]|\s*$)", re.IGNORECASE)
#: What ends a clause after an event: punctuation, or "and" that starts the next.
_CLAUSE_END = re.compile(r"[,.;:!?)]| and\b| but\b|\s*$")


def modifies_a_noun(text: str, position: int) -> bool:
    """Whether a common noun follows ``text[:position]``, which is then its modifier: a date in
    "of 1916 drills" is not the whole complement of a count.

    >>> modifies_a_noun("of 1916 drills", 7), modifies_a_noun("of 1916 the army", 7)
    (True, False)
    >>> modifies_a_noun("of the 19th century saw", 19)
    False
    """
    match = _WORD.match(text, position)
    if match is None:
        return False
    word = match.group("word")
    return (
        word[:1].islower()
        and word not in _STOP_WORDS
        and word not in _PAST_VERBS
        and not word.endswith(("ed", "ly"))
    )


def _phrase(
    text: str, cursor: int, stops: tuple[int, ...], *, determiner: bool = True
) -> tuple[int | None, bool]:
    """Where the noun phrase at ``text[cursor:]`` (after a space) ends (``None`` when no noun is
    there), and whether punctuation closes it."""
    end: int | None = None
    nouns = 0
    previous, previous_name = "", False
    for words in range(_MOST_WORDS):
        match = _WORD.match(text, cursor)
        if match is None or match.start("word") in stops:
            break
        word = match.group("word")
        bare = word.strip('"“”').lower()
        name = word.lstrip('"“')[:1].isupper()
        if (
            name
            and end is not None
            and not previous_name
            and not (previous.endswith("ing") and match.group("close"))
            # (An adjective or ordinal a name follows is no noun: "of the new Parliament", "of the
            # 37th Congress".)
            and not (
                nouns == 1 and (previous in _ADJECTIVES_OF_A_NAME or _ORDINAL_FIGURES.fullmatch(previous))
            )
        ):
            # A name after a common noun starts the clause ("after eight years of war Japan
            # surrendered"), unless a verb in "-ing" takes it as its object ("of chasing Geronimo,").
            break
        if nouns and previous_name and not name and bare in _VERBS_OF_A_MEMORY:
            # ("The 105 days of the Winter War hold a central place in Finnish memory": the verb of
            # the phrase's subject, in the present.)
            break
        if (
            nouns
            and bare.endswith("ing")
            and not match.group("close")
            and previous not in _GERUND_ADJECTIVES
            and _takes_an_object(text, match.end("word"))
        ):
            # A verb in "-ing" after the noun, with its object, starts a clause of its own: "the
            # last five years of his life fighting Philip", "two years of the war rebuilding the
            # army" (not "of bitter fighting in the hills").
            break
        if nouns and bare in _CLAUSE_PARTICIPLES and _PARTICIPLE_GOES_ON.match(text, match.end("word")):
            # "four days of fighting beginning on 27 January 1868": a participle that opens a
            # clause of its own, which the phrase ends before (not "within an hour of the search
            # beginning.", the search's start).
            break
        if determiner and words == 0 and (bare in _DETERMINERS or bare.endswith(("'s", "’s"))):
            # (A possessive is a determiner: "of Napoleon's defeat".)
            pass
        elif (
            name
            or (
                bare not in _STOP_WORDS
                # After a noun, a form in "-ed" is its verb and one in "-ly" an adverb: "of the war
                # ended", "of the war successfully"; so is a past form without "-ed" ("of war left").
                and not (
                    nouns
                    and (
                        bare.endswith("ed")
                        or bare in _PAST_VERBS
                        or (bare.endswith("ly") and bare not in _LY_NOUNS)
                    )
                )
                # (An ordinal in figures is a modifier before the noun: "before his 77th birthday".)
                # ("the 38th-parallel border": so is an ordinal's compound.)
                and not (bare[:1].isdigit() and (nouns or not _ORDINAL_FIGURES.fullmatch(bare.split("-")[0])))
                # ("After three weeks of bombardment three breaches had been made": a count after
                # the noun opens the clause's subject.)
                and not (nouns and bare in _COUNT_WORDS)
            )
        ):
            nouns += 1
            end = match.end("word")
        else:
            break
        cursor = match.end("word")
        previous, previous_name = bare, name
        if match.group("close"):
            return (end, True) if nouns else (None, False)
        if name:
            joined = _NAME_OF.match(text, cursor)
            if joined is not None and nouns:
                # "the Siege of Plevna": the name goes on after its "of".
                cursor = joined.end() - 1
    return (end, False) if nouns else (None, False)


def _takes_an_object(text: str, position: int) -> bool:
    """Whether what follows ``text[:position]`` goes on a verb there: a name or a determiner (its
    object), a plural noun ("digging trenches") or a preposition of its path or company ("moving
    from village to village", "quarrelling with his sons").

    >>> _takes_an_object("the siege digging trenches", 17), _takes_an_object("of fighting in", 11)
    (True, False)
    """
    match = _WORD.match(text, position)
    if match is None:
        return False
    word = match.group("word").strip('"“”')
    bare = word.lower()
    return (
        word[:1].isupper()
        or bare in _DETERMINERS
        or bare in _PREPOSITIONS_AFTER_A_VERB
        or (
            len(bare) > 4
            and bare.endswith("s")
            and not bare.endswith(("ss", "us", "is"))
            and bare not in _STOP_WORDS
        )
        # ... or a noun that stands as its object alone: "raising money", "gathering support".
        or bare in _OBJECTS_OF_A_VERB
    )


#: A possessive determiner opening an "of" phrase: " his", " her".
_POSSESSIVE_OPENS = re.compile(r" (?:his|her|its|their|my|our|your)\b", re.IGNORECASE)
#: Nouns that stand as a verb's object without a determiner: "raising money".
_OBJECTS_OF_A_VERB = frozenset({"money", "funds", "support", "troops", "supplies", "food", "water", "ground"})
#: Prepositions that go on a verb of motion or dealing, not on a noun: "of the war moving from",
#: "of his reign quarrelling with" (not "in", which may place the noun: "of fighting in the hills").
_PREPOSITIONS_AFTER_A_VERB = frozenset(
    {"from", "with", "across", "toward", "towards", "against", "between", "among"}
)


def focus_start(text: str, start: int) -> int:
    """Where a count at ``text[start:]`` starts with the focus word before it ("only", "just",
    "a mere"): ``start`` itself when there is none.

    >>> text = "Rome struck a mere five years later."
    >>> text[focus_start(text, text.index("five")) :]
    'a mere five years later.'
    """
    match = _FOCUS.search(text, max(0, start - 10), start)
    return start if match is None else match.start()
