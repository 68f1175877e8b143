"""What the text around an expression says: sentence bounds and the tense of the clause.

Resolution asks one question of the context: does the clause around an expression speak of the
past or of the future? The answer comes from auxiliaries (``will``, ``'ll``, ``is to``), cue words
(``scheduled``, ``plans to``, ``ago``) and past-tense verb forms, nearest to the expression first.

>>> text = "Xi and Putin held talks on the 8th. They will meet again on the 12th."
>>> tense_at(text, text.index("the 8th")), tense_at(text, text.index("the 12th"))
('past', 'future')
"""

from __future__ import annotations

import re
from typing import Literal

from dateline.lexicon import en

Tense = Literal["past", "future", "present"]

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“(])|\n\s*\n|\n(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_FUTURE_PHRASES = re.compile(
    r"\b(?:[Ww]ill|[Ss]hall|'ll|[Ww]on't|(?:is|are|was|were|am) (?:to|due to|set to|going to|expected to|"
    r"scheduled to|slated to|supposed to|likely to|poised to|about to)|"
    r"(?:plans?|planned|planning|intends?|intended|aims?|hopes?|expects?|agreed|promised|vowed|"
    r"threatened|decided|pledged|wants?|seeks?|prepares?|preparing) to|scheduled|upcoming|due|"
    r"(?:is|are) expected|"
    r"(?:[Ww]ould|may) (?!have\b|not\b)\w+|expires?|effective)\b"
)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|'s|'ve)\s+(?:\w+ly\s+|not\s+|been\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE
)
#: Words after which an -ed form is a participle (passive or perfect), not a past tense.
_PARTICIPLE_AFTER = frozenset(
    {"be", "been", "being", "is", "are", "am", "has", "have", "get", "gets", "the", "a", "an",
     "will", "would", "to", "can", "could", "may", "might", "must", "should", "not"}
)  # fmt: skip
_WINDOW = 160


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end offsets of the sentence containing ``position``, at most 160 characters
    either way."""
    low = max(0, position - _WINDOW)
    start = low
    for match in _SENTENCE_END.finditer(text, low, position):
        start = match.end()
    high = min(len(text), position + _WINDOW)
    end_match = _SENTENCE_END.search(text, position, high)
    end = end_match.start() + 1 if end_match else high
    return start, end


def _is_past_form(word: str, previous: str, *, at_sentence_start: bool) -> bool:
    lower = word.lower()
    if previous in _PARTICIPLE_AFTER:
        # "will be held", "has met": a participle; the auxiliary carries the tense.
        return False
    if lower in en.PAST_VERBS_STRICT:
        return True
    if word[:1].isupper() and not at_sentence_start:
        return False
    return len(lower) > 4 and lower.endswith("ed") and lower not in en.NOT_PAST_ED


def tense_at(text: str, start: int, end: int | None = None) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: ``"past"``, ``"future"``,
    ``"present"`` (present perfect or present with no past cue) or ``None`` (no verb found).

    The nearest cue to the expression decides, looking first inside its clause, then the sentence.
    """
    end = start if end is None else end
    sentence_start, sentence_end = sentence_bounds(text, start)
    sentence = text[sentence_start:sentence_end]
    best: tuple[int, Tense] | None = None
    for match in _FUTURE_PHRASES.finditer(sentence):
        if _inside(sentence_start + match.start(), sentence_start + match.end(), start, end):
            continue
        distance = _distance(sentence_start + match.start(), sentence_start + match.end(), start, end)
        if best is None or distance < best[0]:
            best = (distance, "future")
    for match in _PRESENT_PERFECT.finditer(sentence):
        if _inside(sentence_start + match.start(), sentence_start + match.end(), start, end):
            continue
        distance = _distance(sentence_start + match.start(), sentence_start + match.end(), start, end)
        if best is None or distance < best[0]:
            best = (distance, "present")
    previous_word = ""
    for match in _WORD.finditer(sentence):
        word = match.group(0)
        position = sentence_start + match.start()
        lower = word.lower()
        after = previous_word
        previous_word = lower
        if _inside(position, position + len(word), start, end):
            continue
        if _is_past_form(word, after, at_sentence_start=match.start() == 0):
            tense: Tense = "past"
        elif lower in en.PRESENT_CUES:
            tense = "present"
        else:
            continue
        distance = _distance(position, position + len(word), start, end)
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _distance(cue_start: int, cue_end: int, start: int, end: int) -> int:
    if cue_end <= start:
        return start - cue_end
    if cue_start >= end:
        # Cues after the expression count a little less: the verb usually comes first.
        return (cue_start - end) + 8
    return 0


def _inside(cue_start: int, cue_end: int, start: int, end: int) -> bool:
    return cue_start < end and start < cue_end
