"""Temporal expressions in languages other than English, found and read by dateparser.

The English engine is dateline's own rule engine. For the other languages dateparser is used for
what it is good at (dates written in some 200 languages), as a separate path that is imported only
when it is asked for: ``import dateline`` never imports dateparser, which comes with the
``multilingual`` extra (``pip install 'dateline[multilingual]'``).

How a text is read:

1. Where the dates may be: the substrings :func:`dateparser.search.search_dates` finds, and every
   word with a digit or from dateparser's word lists for the language (month and weekday names,
   units of time, "ago", relative words such as "gestern"). The search's substrings are *seeds*,
   not results: it reads numeric dates in English month-day order, sometimes joins two
   sentences or cuts one date in two, and misses dates the word lists catch.
2. Around each seed (two words before, one after, within the sentence), runs of words are
   parsed with a :class:`~dateparser.date.DateDataParser` of the language itself, the longest
   run first, leftmost first, and never across a sentence end or an "and"/"or". The run is then
   trimmed to the words the value needs: "am 8. Mai 2025 in" becomes "8. Mai 2025".
   Prepositions are left out and articles kept, as TIMEX3 extents are ("la semana pasada",
   "Le 8 mai 2025", but "1998" from "en 1998").
3. Each run is parsed against two reference times far apart. The fields that come out the same
   are the ones the text gives; the others are *implied* by the publication date (the DCT), as
   in "8. Mai" (the year), "8.5.25" (the century) or "gestern" (everything). The value is
   written at the granularity dateparser reports (its ``period``): ``2025`` (year),
   ``2025-Q1``, ``2025-05`` (month), ``2025-W18`` (week), ``2025-05-08`` (day),
   ``2025-05-08T14:30`` (time, type TIME) or ``2025-05-09TEV`` (part of the day, type TIME);
   "jetzt", "maintenant" are ``PRESENT_REF``. News report the past, so a date without a year is
   the latest one not after the DCT ("15. Juni" on 2025-05-09 is 2024-06-15), unless its sentence
   speaks of the future: in French, Spanish, Italian, Portuguese and German a future verb form or
   a scheduling word ("aura lieu", "será", "si terrà", "wird", "findet ... statt", "prochain")
   makes it the next one ("Le sommet aura lieu le 12 septembre" is 2025-09-12; "am Montag" the
   coming Monday). Other languages' tenses are not read. A word for "last" or "next" by a weekday
   or a month is part of the expression and decides it ("dimanche dernier", "el próximo lunes",
   "marzo pasado", "am kommenden Montag").

Without a DCT nothing is resolved against the machine's clock: a value keeps the fields the
text gives and writes ``X`` for the others, as the English engine does ("8. Mai" is
``XXXX-05-08``, "im September" is ``XXXX-09``). An expression that gives neither a year nor a
month of its own ("gestern", "letzte Woche", "Montag", "um 14:30 Uhr") is left out. With a DCT, a
clock time alone ("um 14:30 Uhr") is on the DCT's day, as in English. A DCT at midnight is a
date without a time of day: hours counted from it ("vor drei Stunden") give only the day.

What is never a date here: a bare number of fewer than four digits ("12 personas"), a decimal ("um
3,5 Prozent"; but "las 10.30" after an article is a clock time), a score ("2:1", "3-1"), a day
number alone ("bis zum 15."; but a whole hour with the word of the clock after it, "um 15 Uhr", "à
20h", is read as "15:00", "20:00"), a lone abbreviation of a month or weekday ("Die", "Mo",
"mar"), an amount of time without "ago" or "in" ("drei Tage", which dateparser reads as three days
ago), a month's name capitalised within a French, Spanish or Italian sentence ("la planète Mars"),
and a run whose year is not the year written in it. Bare four-digit numbers are read as
years, so a count such as "2000 Menschen" is a known false positive. Numbers in words are
dateparser's, and for Spanish, Italian and Portuguese, whose data lacks them, read by dateline
where "ago" is said ("hace tres años", "due giorni fa", "há dois dias").

Amounts of time are read by dateline itself in German, French, Spanish, Italian, Portuguese and
Dutch: a number in digits or words and a unit ("zwei Wochen", "pendant trois ans", "48 horas") is a
DURATION (``P2W``, ``P3Y``, ``PT48H``), except where it is a date counted from another time ("il
y a trois ans", "in drei Tagen", "tre anni dopo": the first two are dateparser's dates, the last
is left out) or a clock: "à 15 heures", "a las 10 horas", "om 15 uur" are whole hours of the
DCT's day (type TIME, ``2025-05-09T15:00``), as "15 Uhr" is. A part of the day written after a
day ("el domingo por la noche", "hier soir", "domenica sera") makes it a TIME of that part
(``2025-05-04TNI``), as in English. A word before a month or a year that places the date in its
first, middle or last part is in the extent and gives its ``mod`` ("Ende Mai", "fin mai", "a
finales de mayo", "a metà giugno", "em meados de junho": ``2025-05`` with ``END``, ...), and a
quarter or a half written before a year is that quarter or half ("im ersten Quartal 2024",
"au premier trimestre 2024", "el segundo semestre de 2023": ``2024-Q1``, ``2023-H2``). Sets are
read in the same languages: "every" with a unit or a weekday ("chaque lundi", "jeden Tag", "todos
los años", "tous les deux jours": ``XXXX-WXX-1``, ``P1D``, ``P1Y``, ``P2D`` with quant ``EVERY``)
and the adverbs ("täglich", "quotidiennement": ``P1D`` freq ``1X``). So are the day before and the
day after ("la veille", "le lendemain", "am Tag davor", "el día anterior", "il giorno dopo", "no
dia seguinte", "de dag ervoor"): counted from the last day the text named before them (the
``anchor`` is that timex's tid, "t1" for the first), else from the DCT; not the day before or after
a named thing ("la veille de Noël"). Ranges are not annotated;
otherwise recall is dateparser's ("im ersten Quartal" without its year is not found).

>>> import datetime
>>> dct = datetime.datetime(2025, 5, 9)
>>> text = "Die Gespräche fanden am 8. Mai 2025 in Moskau statt. Gestern reiste Xi ab."
>>> [(t.text, t.type, t.value, t.anchor) for t in annotate_foreign(text, dct, "de")]
[('8. Mai 2025', 'DATE', '2025-05-08', None), ('Gestern', 'DATE', '2025-05-08', 'DCT')]
>>> [(t.text, t.value) for t in annotate_foreign("Le sommet aura lieu en septembre 2025.", dct, "fr")]
[('septembre 2025', '2025-09')]
>>> text = "Die Wahl findet am 23. Februar statt, gestern nicht."
>>> [(t.text, t.value) for t in annotate_foreign(text, None, "de")]
[('23. Februar', 'XXXX-02-23')]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from dateline.errors import DatelineError, DatelineTypeError, DatelineValueError
from dateline.timex import Timex, TimexType, is_valid_value

if TYPE_CHECKING:
    from dateparser.conf import Settings  # type: ignore[import-untyped,unused-ignore]
    from dateparser.date import DateData, DateDataParser  # type: ignore[import-untyped,unused-ignore]
    from dateparser.languages.locale import Locale  # type: ignore[import-untyped,unused-ignore]

__all__ = ["MissingDependencyError", "annotate_foreign", "supported_languages"]

_INSTALL_HINT = "pip install dateparser (or pip install 'dateline[multilingual]')"

#: Languages named in the error message for an unknown ``lang``.
_EXAMPLE_LANGUAGES = ("de", "fr", "es", "it", "pt", "ru", "zh")

#: Reference time used when there is no DCT. Its fields never reach a value: whatever differs
#: between it and :data:`_FAR_SHIFT` away is written as ``X``.
_NO_DCT_BASE = dt.datetime(2000, 6, 15, 23, 59, 59)

#: The second reference time is the first one moved by this much: every calendar field (year,
#: month, day, hour, minute) changes, so a field that comes out the same both times was written
#: in the text. Weekday look-backs ("Montag") move by at most six days, far less than the 11-day
#: shift, so a day of the month cannot match by chance.
_FAR_SHIFT = relativedelta(years=3, months=5, days=11, hours=7, minutes=13)

#: The longest run of words tried as one expression ("am Montag, dem 8. Mai 2025 um 14:30 Uhr").
_MAX_WORDS = 8

#: Words are runs of characters other than spaces, quotes, brackets and clause punctuation;
#: periods, colons, slashes and hyphens stay inside ("8.", "14:30", "1.5.2025", "2025-05-08").
#: An apostrophe ends a word, so that "L'8 maggio" can be read from "8".
_WORD = re.compile(r"[^\s'’‘«»“”„\"()\[\]{},;!?。，、；！？：「」『』（）]+")
_CLAUSE_END = frozenset("!?;。！？；")
#: Two numbers apart (a space, or a word of up to three letters, between them): a score ("3 à
#: 1"), a telephone number ("01 23 45"), unless a month's name makes them a date.
_SPACED_NUMBERS = re.compile(r"[0-9]\s+(?:\w{1,3}\s+)?[0-9]")
#: A digit and a comma right before a word: the word is a figure's decimals ("2,1 %").
_AFTER_DECIMAL_COMMA = re.compile(r"[0-9],")

#: "and" and "or", which join two dates rather than make one ("gestern und heute").
_CONJUNCTIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"und", "oder", "bis", "sowie"}),
    "fr": frozenset({"et", "ou"}),
    "es": frozenset({"y", "e", "o", "u"}),
    "it": frozenset({"e", "ed", "o"}),
    "pt": frozenset({"e", "ou"}),
    "ca": frozenset({"i", "o"}),
    "nl": frozenset({"en", "of"}),
    "ru": frozenset({"и", "или"}),
    "uk": frozenset({"і", "й", "та", "або"}),
    "pl": frozenset({"i", "oraz", "lub"}),
}

#: Words dateparser takes for a date where they are not one: Spanish "mañana" is "tomorrow"
#: alone but "morning" after a determiner or preposition ("esta mañana", "por la mañana").
_NOT_DATES: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"(?i)\b(?:esta|esa|la|una|cada|toda)\s+mañana\b"),
    # German "vor" after a count is "before" ("ein Jahr vor der Wahl"), not "ago" ("vor einem Jahr").
    "de": re.compile(r"(?i)\b(?:Tage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?|Minuten?)\s+vor\b"),
}

#: Articles kept at the start of an expression (TIMEX3 extents include determiners, leave out
#: prepositions): "la semana pasada", "Le 8 mai", "l'8 maggio".
#: A clause that speaks of what is to come, in each language whose future tense its verb forms
#: show: French "aura lieu", "se tiendra", "va signer"; Spanish "será", "se celebrará"; Italian
#: "si terrà", "saranno"; Portuguese "será", "vai assinar"; German "wird", "soll", and the present
#: that schedules ("findet am Montag statt", "beginnt am 3. Juni"). (News report the past: without
#: such a cue a date without its year stays the latest one, see the module documentation.)
_FUTURE_CUES: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"(?<![\w'’])(?:[a-zéèêëîïôûç]{1,}(?:era|ira|dra|ura|rra|vra|eront|iront|dront|uront|rront|vront)|"
        r"va|vont|doit|doivent|devrait|devraient|prévue?s?|prochaine?s?)(?![\w'’])"
    ),
    "es": re.compile(
        r"(?<!\w)(?:\w+(?:rá|rán)|va a|van a|prevista?s?|previsto?s?|próxima?s?|próximos?)(?!\w)",
        re.IGNORECASE,
    ),
    "it": re.compile(r"(?<!\w)(?:\w+(?:rà|ranno)|prevista?|previst[io]|prossim[aoie])(?!\w)", re.IGNORECASE),
    "pt": re.compile(
        r"(?<!\w)(?:\w+(?:rá|rão)|vai|vão|prevista?s?|previstos?|próxima?s?|próximos?)(?!\w)", re.IGNORECASE
    ),
    "de": re.compile(
        r"(?<!\w)(?:wird|werden|werde|soll|sollen|solle|findet|finden|beginnt|beginnen|startet|tagt|"
        r"kommende[nmrs]?|nächste[nmrs]?|geplant)(?!\w)",
        re.IGNORECASE,
    ),
}
#: Where a sentence ends, for the cues above: they count only in the sentence of the date.
_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)|\n")
_ARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset({"der", "die", "das", "dem", "den", "des"}),
    "fr": frozenset({"le", "la", "les", "l'", "l’"}),
    "es": frozenset({"el", "la", "los", "las", "lo"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "l'", "l’"}),
    "pt": frozenset({"o", "a", "os", "as"}),
    "ca": frozenset({"el", "la", "els", "les", "l'", "l’"}),
    "nl": frozenset({"de", "het"}),
}

#: Words that end an expression even though the value does not need them: German "Uhr" in
#: "14:30 Uhr", Russian "year" after a year (the genitive and its abbreviation).
_KEEP_AT_END = frozenset({"uhr", "h", "heure", "heures", "hrs", "horas", "ore", "года", "году", "г"})

_UNITS = "year|month|week|day|hour|minute|second|decade|fortnight"
#: dateparser's English rendering of an amount of time ("3 day"; not a year followed by the
#: word for "year", as in Russian dates), and of a date counted from the reference time
#: ("3 day ago", "in 3 day").
_AMOUNT = re.compile(rf"\b\d{{1,3}}\s+(?:{_UNITS})s?\b")
_COUNTED = re.compile(rf"\bago\b|\bin\s+\d+\s+(?:{_UNITS})")
_NOW = re.compile(r"0\s+(?:second|minute)s?\s+ago")

#: Numbers that are not dates: a bare number of fewer than four digits ("12 personas"), a
#: decimal ("2.4", "3,5"; but "1.5." is the 1st of May in German), two numbers joined by a colon
#: with a one-digit second ("2:1"), or by a hyphen or slash with nothing else in the phrase
#: ("3-1", "8/5").
_NOT_A_DATE = re.compile(
    r"\A[0-9]{1,3}\.?\Z|\A[0-9]+\.[0-9]+\Z|[0-9],[0-9]|(?<![0-9])[0-9]{1,2}:[0-9](?![0-9])"
    r"|\A[0-9]{1,4}\s*[-/]\s*[0-9]{1,4}\.?\Z"
)


def _numbers(spelled: str) -> dict[str, int]:
    """Numbers written as words, from ``"word:value word:value ..."``."""
    return {word: int(value) for word, value in (pair.split(":") for pair in spelled.split())}


#: Numbers written as words, in the languages whose amounts of time dateline reads itself (see
#: ``_DURATION_WORDS``).
_SPELLED_NUMBERS: dict[str, dict[str, int]] = {
    "de": _numbers(
        "ein:1 eine:1 einen:1 einem:1 einer:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9"
        " zehn:10 elf:11 zwölf:12 fünfzehn:15 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 hundert:100"
    ),
    "fr": _numbers(
        "un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12"
        " quinze:15 vingt:20 trente:30 quarante:40 cinquante:50 cent:100"
    ),
    "es": _numbers(
        "un:1 una:1 uno:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11"
        " doce:12 quince:15 veinte:20 treinta:30 cuarenta:40 cincuenta:50 cien:100"
    ),
    "it": _numbers(
        "un:1 una:1 uno:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11"
        " dodici:12 quindici:15 venti:20 trenta:30 quaranta:40 cinquanta:50 cento:100"
    ),
    "pt": _numbers(
        "um:1 uma:1 dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11"
        " doze:12 quinze:15 vinte:20 trinta:30 quarenta:40 cinquenta:50 cem:100"
    ),
    "nl": _numbers(
        "een:1 één:1 twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12"
        " vijftien:15 twintig:20 dertig:30 veertig:40 vijftig:50 honderd:100"
    ),
}
#: Of those, the languages whose numbers in words dateparser's data lacks (it reads "hace 3
#: años", "due giorni fa" only with digits; French and German it knows): they are read as digits
#: in a phrase with the word for "ago" (elsewhere "en diez minutos" is as often "within" as "in").
_NUMBER_WORDS: dict[str, dict[str, str]] = {
    lang: {word: str(value) for word, value in _SPELLED_NUMBERS[lang].items()}
    for lang in ("es", "it", "pt", "nl")
}


#: Amounts of time, which dateparser does not read (it takes "drei Tage" for three days ago): a
#: number in digits or words (``_SPELLED_NUMBERS``) and a unit, in the languages whose words
#: dateline knows. Each language gives its units (word: the unit's letter in a TIMEX3
#: duration, "T" before a unit of the clock, and how many of it one of the word is), and the words
#: before or after that make the amount a date counted from now ("il y a trois ans", "tre anni
#: fa", "dans trois jours") or from another time ("trois ans plus tard"), which are left out.
@dataclass(frozen=True, slots=True)
class _DurationWords:
    units: dict[str, tuple[str, int]]
    counted_before: str
    counted_after: str


def _duration_units(spelled: str) -> dict[str, tuple[str, int]]:
    """Units from ``"word:Y word:10Y word:TH ..."`` (a count before the letter multiplies it)."""
    units: dict[str, tuple[str, int]] = {}
    for pair in spelled.split():
        word, code = pair.split(":")
        units[word] = (code.lstrip("0123456789"), int(code.rstrip("TYMWDHS") or "1"))
    return units


_DURATION_WORDS: dict[str, _DurationWords] = {
    "de": _DurationWords(
        units=_duration_units(
            "Sekunde:TS Sekunden:TS Minute:TM Minuten:TM Stunde:TH Stunden:TH Tag:D Tage:D Tagen:D"
            " Woche:W Wochen:W Monat:M Monate:M Monaten:M Jahr:Y Jahre:Y Jahren:Y Jahrzehnt:10Y"
            " Jahrzehnte:10Y Jahrzehnten:10Y Jahrhundert:100Y Jahrhunderte:100Y Jahrhunderten:100Y"
        ),
        counted_before=r"\b(?:vor|in|nach)\s+\Z",
        counted_after=r"\s+(?:später|danach|zuvor|früher|her)\b",
    ),
    "fr": _DurationWords(
        units=_duration_units(
            "seconde:TS secondes:TS minute:TM minutes:TM heure:TH heures:TH jour:D jours:D journées:D"
            " semaine:W semaines:W mois:M an:Y ans:Y année:Y années:Y décennie:10Y décennies:10Y"
            " siècle:100Y siècles:100Y"
        ),
        # (A clock written with "heures" comes after "à", "vers": "à 15 heures".)
        counted_before=r"(?:\bil\s+y\s+a|\bdans|\bà|\bvers|\bdès|\bdepuis\s+l['’]an)\s+\Z",
        counted_after=r"\s+(?:plus\s+tard|après|auparavant|plus\s+tôt|avant|de\s+cela)\b",
    ),
    "es": _DurationWords(
        units=_duration_units(
            "segundo:TS segundos:TS minuto:TM minutos:TM hora:TH horas:TH día:D días:D semana:W semanas:W"
            " mes:M meses:M año:Y años:Y década:10Y décadas:10Y siglo:100Y siglos:100Y"
        ),
        counted_before=r"(?:\bhace|\bdentro\s+de|\blas|\ba)\s+\Z",
        counted_after=r"\s+(?:después|más\s+tarde|antes|atrás)\b",
    ),
    "it": _DurationWords(
        units=_duration_units(
            "secondo:TS secondi:TS minuto:TM minuti:TM ora:TH ore:TH giorno:D giorni:D settimana:W"
            " settimane:W mese:M mesi:M anno:Y anni:Y decennio:10Y decenni:10Y secolo:100Y secoli:100Y"
        ),
        counted_before=r"(?:\btra|\bfra|\balle|\balla)\s+\Z",
        counted_after=r"\s+(?:fa|dopo|prima|più\s+tardi)\b",
    ),
    "pt": _DurationWords(
        units=_duration_units(
            "segundo:TS segundos:TS minuto:TM minutos:TM hora:TH horas:TH dia:D dias:D semana:W semanas:W"
            " mês:M meses:M ano:Y anos:Y década:10Y décadas:10Y século:100Y séculos:100Y"
        ),
        counted_before=r"(?:\bhá|\bdaqui\s+a|\bàs|\bas)\s+\Z",
        counted_after=r"\s+(?:atrás|depois|mais\s+tarde|antes)\b",
    ),
    "nl": _DurationWords(
        units=_duration_units(
            "seconde:TS seconden:TS minuut:TM minuten:TM uur:TH uren:TH dag:D dagen:D week:W weken:W"
            " maand:M maanden:M jaar:Y jaren:Y decennium:10Y decennia:10Y eeuw:100Y eeuwen:100Y"
        ),
        # ("om 15 uur" is a clock; "over drie dagen" three days from now.)
        counted_before=r"(?:\bom|\bover|\brond)\s+\Z",
        counted_after=r"\s+(?:geleden|later|eerder|daarna|terug)\b",
    ),
}  # fmt: skip


@cache
def _duration_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    words = _DURATION_WORDS.get(lang)
    if words is None:
        return None
    numbers = "|".join(sorted(map(re.escape, _SPELLED_NUMBERS[lang]), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, words.units), key=len, reverse=True))
    # (Not the thousands of a figure written with a space: "2 000 ans".)
    amount = re.compile(
        rf"(?<![\w.,])(?<![0-9]\s)(?P<number>[0-9]{{1,3}}|{numbers})\s+(?P<unit>{units})(?![\w-])",
        re.IGNORECASE,
    )
    return (
        amount,
        re.compile(words.counted_before, re.IGNORECASE),
        re.compile(words.counted_after, re.IGNORECASE),
    )


#: A whole hour written with the word for "hours" after a preposition of the clock, which makes
#: it a time of day: "à 15 heures", "vers 20 heures 30", "a las 10 horas" (the article stays in
#: the extent, as in "las 10.30"), "às 15 horas". (Elsewhere "15 heures" is an amount of time.)
_CLOCK_HOURS: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"(?:(?<=\bà\s)|(?<=\bvers\s)|(?<=\bdès\s)|(?<=\bjusqu'à\s)|(?<=\bjusqu’à\s))"
        r"(?P<hour>[01]?[0-9]|2[0-4])\s+heures?(?:\s+(?P<minute>[0-5][0-9])(?![0-9]))?(?![\w])",
        re.IGNORECASE,
    ),
    "es": re.compile(r"(?<=\ba\s)las?\s+(?P<hour>[01]?[0-9]|2[0-4])\s+horas?(?![\w])", re.IGNORECASE),
    "pt": re.compile(
        r"(?:(?<=\bàs\s)|(?<=\bà\s))(?P<hour>[01]?[0-9]|2[0-4])\s+horas?(?![\w])", re.IGNORECASE
    ),
    "nl": re.compile(
        r"(?:(?<=\bom\s)|(?<=\brond\s)|(?<=\btot\s))(?P<hour>[01]?[0-9]|2[0-4])\s+uur(?![\w])", re.IGNORECASE
    ),
}


def _with_clock_hours(text: str, timexes: list[Timex], lang: str, dct: dt.datetime | None) -> list[Timex]:
    """``timexes`` and the whole hours of ``_CLOCK_HOURS`` between them, on the DCT's day as any
    clock time alone is (without a DCT they are left out, as such a clock is).

    >>> dct = dt.datetime(2025, 5, 9)
    >>> [(t.text, t.value) for t in _with_clock_hours("Le conseil se réunit à 15 heures.", [], "fr", dct)]
    [('15 heures', '2025-05-09T15:00')]
    """
    pattern = _CLOCK_HOURS.get(lang)
    if pattern is None or dct is None:
        return timexes
    found = list(timexes)
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(timex.start < end and start < timex.end for timex in timexes):
            continue
        hour, minute = int(match.group("hour")), int(match.groupdict().get("minute") or "0")
        if hour == 24 and minute:
            continue
        found.append(
            Timex(
                text=match.group(),
                start=start,
                end=end,
                type="TIME",
                value=f"{dct.date().isoformat()}T{hour:02d}:{minute:02d}",
                anchor="DCT",
                rule="clock." + lang,
                implied=("year", "month", "day"),
            )
        )
    return sorted(found, key=lambda timex: (timex.start, timex.end))


#: A part of the day written after a day ("el domingo por la noche", "dimanche soir", "ieri
#: sera", "no domingo à noite"), which dateparser leaves out: the TIMEX3 code of each.
_PART_OF_DAY_AFTER: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    "es": (
        re.compile(r"\A\s+(?:por|en|a|de)\s+la\s+(?P<part>mañana|tarde|noche|madrugada)\b", re.IGNORECASE),
        {"mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI"},
    ),
    "fr": (
        re.compile(
            r"\A\s+(?:au\s+|dans\s+la\s+)?(?P<part>matin|après-midi|soir|soirée|nuit)\b", re.IGNORECASE
        ),
        {"matin": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
    ),
    "it": (
        re.compile(r"\A\s+(?P<part>mattina|mattino|pomeriggio|sera|notte)\b", re.IGNORECASE),
        {"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
    ),
    "pt": (
        re.compile(r"\A\s+(?:de|à|pela|na)\s+(?P<part>manhã|tarde|noite|madrugada)\b", re.IGNORECASE),
        {"manhã": "MO", "tarde": "AF", "noite": "NI", "madrugada": "NI"},
    ),
}
_ANY_DAY_VALUE = re.compile(r"(?:[0-9]{4}|XXXX)-(?:[0-9]{2}|XX)-(?:[0-9]{2}|XX)")


def _with_parts_of_days(text: str, timexes: list[Timex], lang: str) -> list[Timex]:
    """``timexes``, a day among them widened over a part of the day written after it, which makes
    it a TIME of that part ("el domingo por la noche" is ``2025-05-04TNI``).

    >>> day = Timex("dimanche", 14, 22, "DATE", "2025-05-04", rule="dateparser.fr")
    >>> [(t.text, t.type, t.value) for t in _with_parts_of_days("Il est arrivé dimanche soir.", [day], "fr")]
    [('dimanche soir', 'TIME', '2025-05-04TEV')]
    """
    after = _PART_OF_DAY_AFTER.get(lang)
    if after is None:
        return timexes
    pattern, codes = after
    widened: list[Timex] = []
    for index, day in enumerate(timexes):
        match = pattern.match(text[day.end : day.end + 40])
        following = timexes[index + 1].start if index + 1 < len(timexes) else len(text)
        if (
            day.type != "DATE"
            or not _ANY_DAY_VALUE.fullmatch(day.value)
            or match is None
            or day.end + match.end() > following
        ):
            widened.append(day)
            continue
        end = day.end + match.end()
        code = codes[match.group("part").lower()]
        widened.append(
            replace(day, text=text[day.start : end], end=end, type="TIME", value=f"{day.value}T{code}")
        )
    return widened


#: Words before a month or a year that place the date in its first, middle or last part ("Ende
#: Mai", "fin mai", "a finales de mayo", "alla fine di maggio", "em meados de junho"), and the
#: TIMEX3 mod each gives; the word is in the extent, a preposition or a fused article before it is
#: not ("a", "alla", "no").
_POSITION_BEFORE: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    "de": (
        re.compile(r"(?<![\w-])(?P<word>Anfang|Mitte|Ende)\s+\Z"),
        {"anfang": "START", "mitte": "MID", "ende": "END"},
    ),
    "fr": (
        re.compile(r"(?<![\w-])(?P<word>début|fin)(?:\s+d(?:e\s+|['’]))?\s*\Z", re.IGNORECASE),
        {"début": "START", "fin": "END"},
    ),
    "es": (
        re.compile(
            r"(?<![\w-])(?P<word>principios|comienzos|inicios|mediados|finales|fines)\s+de\s+\Z",
            re.IGNORECASE,
        ),
        {
            "principios": "START", "comienzos": "START", "inicios": "START", "mediados": "MID",
            "finales": "END", "fines": "END",
        },
    ),
    "it": (
        re.compile(r"(?<![\w-])(?P<word>inizio|metà|fine)(?:\s+d(?:i|el|ello|ella)\s+|\s+)\Z", re.IGNORECASE),
        {"inizio": "START", "metà": "MID", "fine": "END"},
    ),
    "pt": (
        re.compile(r"(?<![\w-])(?P<word>início|começo|meados|final|fim)\s+de\s+\Z", re.IGNORECASE),
        {"início": "START", "começo": "START", "meados": "MID", "final": "END", "fim": "END"},
    ),
    "nl": (
        re.compile(r"(?<![\w-])(?P<word>begin|medio|half|eind|einde)\s+\Z", re.IGNORECASE),
        {"begin": "START", "medio": "MID", "half": "MID", "eind": "END", "einde": "END"},
    ),
}  # fmt: skip


#: A quarter or a half of a year written before the year ("im ersten Quartal 2024", "au premier
#: trimestre 2024", "en el primer semestre de 2024"), which dateparser reads as the year alone: the
#: ordinal (its number) and the word of the period (its TIMEX3 letter).
def _period_before(
    ordinals: str, periods: dict[str, str], *, of: str = "", case: int = re.IGNORECASE
) -> tuple[re.Pattern[str], dict[str, int], dict[str, str]]:
    """The entry of ``_PERIOD_BEFORE`` for a language: its ordinals (``"word:1 word:2 ..."``), its
    words for a quarter and a half (word: ``Q`` or ``H``) and the words for "of" after them."""
    numbers = {word: int(number) for word, number in (pair.split(":") for pair in ordinals.split())}
    nth = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    period = "|".join(sorted(map(re.escape, periods), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?P<nth>{nth})\s+(?P<period>{period})\s+(?:(?:{of})\s+)?\Z", case)
    return pattern, {word.lower(): number for word, number in numbers.items()}, periods


_PERIOD_BEFORE: dict[str, tuple[re.Pattern[str], dict[str, int], dict[str, str]]] = {
    # (German nouns are capitalised: "Quartal" is the quarter, the case of the ordinal follows the
    # article, "im ersten", "das dritte".)
    "de": _period_before(
        " ".join(
            f"{stem}{ending}:{number}"
            for number, stem in enumerate(("erst", "zweit", "dritt", "viert"), 1)
            for ending in ("e", "en", "er", "es")
        ),
        {"quartal": "Q", "quartals": "Q", "halbjahr": "H", "halbjahres": "H"},
    ),
    "fr": _period_before(
        "premier:1 deuxième:2 second:2 troisième:3 quatrième:4", {"trimestre": "Q", "semestre": "H"}
    ),
    "es": _period_before(
        "primer:1 segundo:2 tercer:3 cuarto:4", {"trimestre": "Q", "semestre": "H"}, of="de|del"
    ),
    "it": _period_before("primo:1 secondo:2 terzo:3 quarto:4", {"trimestre": "Q", "semestre": "H"}, of="del"),
    "pt": _period_before(
        "primeiro:1 segundo:2 terceiro:3 quarto:4", {"trimestre": "Q", "semestre": "H"}, of="de|do"
    ),
    "nl": _period_before(
        "eerste:1 tweede:2 derde:3 vierde:4", {"kwartaal": "Q", "halfjaar": "H"}, of="van"
    ),
}  # fmt: skip
_MONTH_OR_YEAR = re.compile(r"(?:[0-9]{4}|XXXX)(?:-(?:[0-9]{2}|XX))?")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\w+)\s+\Z")


def _with_positions(text: str, timexes: list[Timex], lang: str) -> list[Timex]:
    """``timexes``, a month or a year among them widened over a word before it that says which
    part of it ("Ende Mai" is ``2025-05`` with mod ``END``), and a year over the quarter or half
    of it written before it ("premier trimestre 2024" is ``2024-Q1``).

    >>> may = Timex("mai", 22, 25, "DATE", "2025-05", rule="dateparser.fr")
    >>> [(t.text, t.value, t.mod) for t in _with_positions("Le vote aura lieu fin mai.", [may], "fr")]
    [('fin mai', '2025-05', 'END')]
    """
    positions, periods = _POSITION_BEFORE.get(lang), _PERIOD_BEFORE.get(lang)
    if positions is None or periods is None:
        return timexes
    articles = _ARTICLES.get(lang, frozenset())
    widened: list[Timex] = []
    previous_end = 0
    for found in timexes:
        window = max(previous_end, found.start - 40)
        period = periods[0].search(text, window, found.start)
        position = positions[0].search(text, window, found.start)
        timex = found
        if found.type == "DATE" and re.fullmatch(r"[0-9]{4}", found.value) and period is not None:
            nth = periods[1][period.group("nth").lower()]
            letter = periods[2][period.group("period").lower()]
            if letter == "Q" or nth <= 2:
                # (An article before the ordinal is in the extent: "el primer trimestre de 2024".)
                article = _WORD_BEFORE.search(text, window, period.start())
                start = (
                    article.start() if article and article.group(1).lower() in articles else period.start()
                )
                value = f"{found.value}-{letter}{nth}"
                timex = replace(found, text=text[start : found.end], start=start, value=value)
        elif (
            found.type == "DATE" and found.mod is None and _MONTH_OR_YEAR.fullmatch(found.value) and position
        ):
            start = position.start()
            mod = positions[1][position.group("word").lower()]
            timex = replace(found, text=text[start : found.end], start=start, mod=mod)
        widened.append(timex)
        previous_end = timex.end
    return widened


#: Sets: "every" with a unit or a weekday ("chaque lundi", "jeden Tag", "todos los días", "ogni
#: anno"), and the adverbs of frequency ("täglich", "quotidiennement"). Each language gives the
#: words for "every" (before a noun in the singular) and "all the" (before one in the plural), its
#: units and weekdays in both numbers (word: TIMEX3 unit letter, or weekday 1-7) and its adverbs.
@dataclass(frozen=True, slots=True)
class _SetWords:
    every: str
    all_the: str
    nouns: dict[str, str | int]
    adverbs: dict[str, str]


def _set_nouns(spelled: str) -> dict[str, str | int]:
    """Nouns from ``"word:D word:1 ..."``: a unit letter, or a weekday's number."""
    return {
        word: int(code) if code.isdigit() else code
        for word, code in (pair.split(":") for pair in spelled.split())
    }


_SET_WORDS: dict[str, _SetWords] = {
    "de": _SetWords(
        every=r"jeden|jede|jedes|jeder",
        all_the=r"alle",
        nouns=_set_nouns(
            "Tag:D Tage:D Woche:W Wochen:W Monat:M Monate:M Jahr:Y Jahre:Y Montag:1 Dienstag:2 Mittwoch:3"
            " Donnerstag:4 Freitag:5 Samstag:6 Sonnabend:6 Sonntag:7"
        ),
        adverbs={"täglich": "D", "wöchentlich": "W", "monatlich": "M", "jährlich": "Y", "alljährlich": "Y"},
    ),
    "fr": _SetWords(
        every=r"chaque",
        all_the=r"tous\s+les|toutes\s+les",
        nouns=_set_nouns(
            "jour:D jours:D semaine:W semaines:W mois:M an:Y ans:Y année:Y années:Y lundi:1 lundis:1 mardi:2"
            " mardis:2 mercredi:3 mercredis:3 jeudi:4 jeudis:4 vendredi:5 vendredis:5 samedi:6 samedis:6"
            " dimanche:7 dimanches:7"
        ),
        adverbs={"quotidiennement": "D", "mensuellement": "M", "annuellement": "Y"},
    ),
    "es": _SetWords(
        every=r"cada",
        all_the=r"todos\s+los|todas\s+las",
        nouns=_set_nouns(
            "día:D días:D semana:W semanas:W mes:M meses:M año:Y años:Y lunes:1 martes:2 miércoles:3 jueves:4"
            " viernes:5 sábado:6 sábados:6 domingo:7 domingos:7"
        ),
        adverbs={"diariamente": "D", "semanalmente": "W", "mensualmente": "M", "anualmente": "Y"},
    ),
    "it": _SetWords(
        every=r"ogni",
        all_the=r"tutti\s+i|tutte\s+le|tutti\s+gli",
        nouns=_set_nouns(
            "giorno:D giorni:D settimana:W settimane:W mese:M mesi:M anno:Y anni:Y lunedì:1 martedì:2"
            " mercoledì:3 giovedì:4 venerdì:5 sabato:6 sabati:6 domenica:7 domeniche:7"
        ),
        adverbs={
            "quotidianamente": "D", "giornalmente": "D", "settimanalmente": "W", "mensilmente": "M",
            "annualmente": "Y",
        },
    ),
    "pt": _SetWords(
        every=r"cada|todo|toda",
        all_the=r"todos\s+os|todas\s+as",
        nouns=_set_nouns(
            "dia:D dias:D semana:W semanas:W mês:M meses:M ano:Y anos:Y segunda-feira:1 segundas-feiras:1"
            " terça-feira:2 terças-feiras:2 quarta-feira:3 quartas-feiras:3 quinta-feira:4 quintas-feiras:4"
            " sexta-feira:5 sextas-feiras:5 sábado:6 sábados:6 domingo:7 domingos:7"
        ),
        adverbs={"diariamente": "D", "semanalmente": "W", "mensalmente": "M", "anualmente": "Y"},
    ),
    "nl": _SetWords(
        every=r"elke|ieder|iedere|om\s+de",
        all_the=r"alle",
        nouns=_set_nouns(
            "dag:D dagen:D week:W weken:W maand:M maanden:M jaar:Y jaren:Y maandag:1 dinsdag:2 woensdag:3"
            " donderdag:4 vrijdag:5 zaterdag:6 zondag:7"
        ),
        adverbs={"dagelijks": "D", "wekelijks": "W", "maandelijks": "M", "jaarlijks": "Y"},
    ),
}  # fmt: skip


@cache
def _set_pattern(lang: str) -> re.Pattern[str] | None:
    words = _SET_WORDS.get(lang)
    if words is None:
        return None
    nouns = "|".join(sorted(map(re.escape, words.nouns), key=len, reverse=True))
    adverbs = "|".join(sorted(map(re.escape, words.adverbs), key=len, reverse=True))
    # "tous les deux jours", "alle zwei Wochen", "cada tres meses": every so many units.
    numbers = "|".join(sorted(map(re.escape, _SPELLED_NUMBERS[lang]), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:(?:{words.every}|{words.all_the})\s+(?:(?P<count>[0-9]{{1,2}}|{numbers})\s+)?"
        rf"(?P<noun>{nouns})|(?P<adverb>{adverbs}))(?![\w-])",
        re.IGNORECASE,
    )


def _with_sets(text: str, timexes: list[Timex], lang: str) -> list[Timex]:
    """``timexes`` with the sets of ``text`` (see ``_SET_WORDS``) in place of the dates dateparser
    read inside them ("chaque lundi" is every Monday, ``XXXX-WXX-1``, not the last one).

    >>> [(t.text, t.value, t.quant) for t in _with_sets("Er kommt jeden Montag.", [], "de")]
    [('jeden Montag', 'XXXX-WXX-1', 'EVERY')]
    """
    pattern = _set_pattern(lang)
    if pattern is None:
        return timexes
    words = _SET_WORDS[lang]
    kept = list(timexes)
    for match in pattern.finditer(text):
        start, end = match.span()
        inside = [timex for timex in kept if start <= timex.start and timex.end <= end]
        if any(timex.start < end and start < timex.end for timex in kept if timex not in inside):
            continue
        if match.group("adverb"):
            # "täglich": a period and how often in it, as "daily" is (P1D, freq 1X).
            letter = words.adverbs[match.group("adverb").lower()]
            found = Timex(
                text=match.group(),
                start=start,
                end=end,
                type="SET",
                value=f"P1{letter}",
                freq="1X",
                rule="set." + lang,
            )
        else:
            noun = match.group("noun")
            # (German capitalises its nouns, the others do not: a noun in the other case is none.)
            code = words.nouns.get(noun)
            count = match.group("count")
            if code is None or (count is not None and isinstance(code, int)):
                continue
            every = 1
            if count is not None:
                every = int(count) if count.isdigit() else _SPELLED_NUMBERS[lang][count.lower()]
                if every < 2:
                    continue
            value = f"XXXX-WXX-{code}" if isinstance(code, int) else f"P{every}{code}"
            found = Timex(
                text=match.group(),
                start=start,
                end=end,
                type="SET",
                value=value,
                quant="EVERY",
                rule="set." + lang,
            )
        kept = [timex for timex in kept if timex not in inside]
        kept.append(found)
    return sorted(kept, key=lambda timex: (timex.start, timex.end))


def _with_durations(text: str, timexes: list[Timex], lang: str) -> list[Timex]:
    """``timexes`` and the amounts of time of ``text`` between them (see ``_DURATION_WORDS``):
    "pendant trois ans" is ``P3Y``, "zwei Wochen" ``P2W``, "48 horas" ``PT48H``.

    >>> [(t.text, t.value) for t in _with_durations("Der Streik dauerte zwei Wochen.", [], "de")]
    [('zwei Wochen', 'P2W')]
    >>> _with_durations("Elle est partie il y a trois ans.", [], "fr")
    []
    """
    patterns = _duration_pattern(lang)
    if patterns is None:
        return timexes
    amount, counted_before, counted_after = patterns
    words = _DURATION_WORDS[lang]
    found = list(timexes)
    for match in amount.finditer(text):
        start, end = match.span()
        if any(timex.start < end and start < timex.end for timex in timexes):
            continue
        if counted_before.search(text, max(0, start - 16), start) or counted_after.match(text, end):
            continue
        number = match.group("number")
        count = int(number) if number.isdigit() else _SPELLED_NUMBERS[lang][number.lower()]
        # (German capitalises its nouns and French, Spanish, Italian and Portuguese do not: a
        # unit in the other case is no unit of time, "Tag" is, "tag" is not.)
        unit = match.group("unit")
        if unit not in words.units:
            continue
        letter, per_word = words.units[unit]
        if count == 0 or (count == 1 and letter == "D" and not number.isdigit()):
            # (Not "un jour", "un día", "un giorno", "um dia": "one day", some day to come.)
            continue
        clock = letter.startswith("T")
        value = f"P{'T' if clock else ''}{count * per_word}{letter.lstrip('T')}"
        found.append(
            Timex(
                text=match.group(),
                start=start,
                end=end,
                type="DURATION",
                value=value,
                rule="duration." + lang,
            )
        )
    return sorted(found, key=lambda timex: (timex.start, timex.end))


#: The day before and the day after the day the text stands at, by language, with the count of
#: days: "la veille", "le lendemain", "am Tag davor" (the preposition left out, as of dates).
_ADJACENT_DAYS: dict[str, tuple[tuple[str, int], ...]] = {
    "de": (
        ("Tag davor", -1), ("Tag zuvor", -1), ("Vortag", -1),
        ("Tag danach", 1), ("Tag darauf", 1), ("nächsten Tag", 1), ("folgenden Tag", 1), ("Folgetag", 1),
    ),
    "fr": (("la veille", -1), ("le jour précédent", -1), ("le lendemain", 1), ("le jour suivant", 1)),
    "es": (("el día anterior", -1), ("día siguiente", 1), ("el día después", 1)),
    "it": (
        ("il giorno prima", -1), ("il giorno precedente", -1),
        ("il giorno dopo", 1), ("il giorno seguente", 1), ("il giorno successivo", 1), ("l'indomani", 1),
    ),
    "pt": (("dia anterior", -1), ("a véspera", -1), ("dia seguinte", 1)),
    "nl": (("de dag ervoor", -1), ("de dag daarvoor", -1), ("de dag erna", 1), ("de dag daarna", 1),
           ("de volgende dag", 1)),
}  # fmt: skip
#: What makes such a day the one before or after a named thing, not the day the text is at: "la
#: veille de Noël", "le lendemain de l'élection", "il giorno dopo la vittoria", "el día anterior a
#: la votación", "am Vortag der Wahl".
_OF_AFTER: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\s+(?:{words})(?![\w])", re.IGNORECASE)
    for lang, words in {
        "de": r"der|des|von|vom",
        "fr": r"de|du|des|d(?=['’])",
        "es": r"de|del|a|al",
        "it": r"di|del|della|dello|dei|degli|delle|la|il|lo|l(?=['’])|i|gli|le",
        "pt": r"de|do|da|dos|das|a|ao|à",
        "nl": r"van",
    }.items()
}
#: A day's value (and any time of it), the reference an adjacent day is counted from.
_DAY_VALUE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|$)")


@cache
def _adjacent_day_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = _ADJACENT_DAYS.get(lang)
    if phrases is None:
        return None
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in phrases)
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.IGNORECASE)


def _with_adjacent_days(text: str, timexes: list[Timex], lang: str, dct: dt.datetime | None) -> list[Timex]:
    """``timexes`` and the days before and after the day the text stands at: "la veille", "le
    lendemain", "am Tag davor", "el día anterior", counted from the last day the text named
    before them (else from the DCT), as "the day before" is in English.

    >>> dct = dt.datetime(2025, 5, 9)
    >>> found = _with_adjacent_days("Ils se sont vus le 8 mai. La veille, Xi est arrivé.", [], "fr", dct)
    >>> [(t.text, t.value, t.anchor) for t in found]
    [('La veille', '2025-05-08', 'DCT')]
    >>> _with_adjacent_days("La veille de Noël, il neigeait.", [], "fr", dct)
    []
    """
    pattern = _adjacent_day_pattern(lang)
    if pattern is None:
        return timexes
    counts = {phrase.lower(): count for phrase, count in _ADJACENT_DAYS[lang]}
    found = sorted(timexes, key=lambda timex: (timex.start, timex.end))
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(timex.start < end and start < timex.end for timex in found) or _OF_AFTER[lang].match(
            text, end
        ):
            continue
        position = sum(1 for timex in found if timex.end <= start)
        days = ((index, _DAY_VALUE.match(found[index].value)) for index in reversed(range(position)))
        index, day = next(((index, day) for index, day in days if day is not None), (None, None))
        if day is not None:
            reference, anchor = dt.date(*(int(part) for part in day.groups())), f"t{(index or 0) + 1}"
        elif dct is not None:
            reference, anchor = dct.date(), "DCT"
        else:
            continue
        try:
            count = counts[" ".join(match.group().lower().split())]
            value = (reference + dt.timedelta(days=count)).isoformat()
        except (ValueError, OverflowError):
            continue
        found.insert(
            position,
            Timex(
                text=match.group(),
                start=start,
                end=end,
                type="DATE",
                value=value,
                anchor=anchor,
                rule="adjacent_day." + lang,
                implied=("year", "month", "day"),
            ),
        )
    return found


#: A whole hour with the word of the clock after it ("um 9 Uhr", "à 15h", "às 14h"), which
#: dateparser reads as a day of the month: it is read as "9:00". ("heures", "horas" are left as
#: they are: "pendant 3 heures" is an amount of time.)
_WHOLE_HOUR = re.compile(r"(?<![0-9:.,])([01]?[0-9]|2[0-4])(?:\s+Uhr\b|h\b)", re.IGNORECASE)
#: German "last", "past", "next", "coming" before a week, month or year, in the forms dateparser
#: knows ("letzte Woche", "letzten Monat", "letztes Jahr"): the dative after "im", "in der" ("im
#: vergangenen Jahr", "im nächsten Monat") and "vergangen", "kommend" are read as these.
_GERMAN_LAST_NEXT = re.compile(r"(?i)\b(letzte|vergangene|nächste|kommende)[nmrs]?\s+(Woche|Monat|Jahr)\b")
_GERMAN_FORMS = {"woche": ("e", "Woche"), "monat": ("en", "Monat"), "jahr": ("es", "Jahr")}
#: Words for "last" and "next" next to a weekday or a month ("dimanche dernier", "el próximo
#: lunes", "domenica scorsa", "no domingo passado", "am vergangenen Sonntag", "mars dernier"),
#: which dateparser does not read: the day or month is read without them (past or coming as its
#: sentence says, see _ahead; the words for "next" are cues of the future) and they stay in the
#: extent.
_WEEKDAY_MODIFIERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"dernier", "prochain"}),
    "es": frozenset({"pasado", "próximo"}),
    "it": frozenset({"scorso", "scorsa", "prossimo", "prossima"}),
    "pt": frozenset({"passado", "passada", "próximo", "próxima"}),
    "de": frozenset({"letzten", "vergangenen", "kommenden", "nächsten"}),
}
#: Those of them that say "last": the weekday stays the past one in a sentence about the future
#: ("Le contrat, signé dimanche dernier, prendra effet en juin").
_LAST = frozenset({"dernier", "pasado", "scorso", "scorsa", "passado", "passada", "letzten", "vergangenen"})
#: Languages that write the names of months in lower case ("en mars", "en marzo", "a marzo"):
#: one capitalised within a sentence is a name. (Portuguese wrote them capitalised until 1990.)
_LOWER_CASE_MONTHS = frozenset({"fr", "es", "it"})
#: Hours and minutes with a period after an article ("las 10.30"): a clock time, not a decimal.
_CLOCK_WITH_PERIOD = re.compile(r"\A([01]?[0-9]|2[0-3])\.([0-5][0-9])(?![0-9])")

#: "am", and a 12-hour clock time that may come before it: an "am" after anything else ("am 8.
#: Mai", German for "on the") is not a.m. (see :func:`_without_false_meridiem`).
_AM = re.compile(r"(?i)\bam\b|\bam(?=[0-9])")
_TWELVE_HOUR_BEFORE = re.compile(r"(?<![0-9])(?:0?[1-9]|1[0-2])(?:[:.][0-5][0-9])?\s*\Z")

_PARTS_OF_DAY = {
    "early_morning": "MO",
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}
_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_KEYS = ("decade", "year", "month", "week", "day", "hour", "minute", "second")


class MissingDependencyError(DatelineError, ImportError):
    """An optional dependency of the requested feature is not installed."""


def _require_dateparser() -> None:
    try:
        import dateparser  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        raise MissingDependencyError(
            f"languages other than English are read by dateparser, which is not installed: {_INSTALL_HINT}"
        ) from None


@cache
def supported_languages() -> frozenset[str]:
    """The language codes :func:`annotate_foreign` accepts: those dateparser has data for.

    They are dateparser's codes, mostly ISO 639-1 with a script or region where dateparser
    distinguishes them (``"zh-Hant"``, ``"sr-Latn"``). ``"en"`` is among them, but English text
    belongs to dateline's rule engine (:func:`dateline.annotate`).

    >>> {"de", "fr", "es", "it", "pt", "ru", "zh-Hant"} <= supported_languages()
    True

    Raises:
        MissingDependencyError: dateparser is not installed.
    """
    _require_dateparser()
    from dateparser.data.languages_info import (  # type: ignore[import-untyped,unused-ignore]
        language_order,
    )

    return frozenset(language_order)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one run of words means: its TIMEX3 type and value, and the fields the DCT gave."""

    type: TimexType
    value: str
    implied: tuple[str, ...]


def annotate_foreign(text: str, dct: dt.datetime | dt.date | None, lang: str) -> list[Timex]:
    """Find the dates and times of a non-English ``text`` with dateparser, as TIMEX3 values.

    Args:
        text: the document, in language ``lang``.
        dct: the publication date that relative expressions ("gestern", "hier", "ayer",
            "вчера") resolve against, or ``None``: then only what the text itself says is kept
            (see the module documentation). A ``datetime`` at midnight counts as a date without
            a time of day.
        lang: a dateparser language code (:func:`supported_languages`): ``"de"``, ``"fr"``,
            ``"es"``, ``"it"``, ``"pt"``, ``"ru"``, ...

    Returns:
        The timexes in reading order, with ``text[t.start:t.end] == t.text``; spans never
        overlap. ``rule`` is ``"dateparser." + lang``; ``anchor`` is ``"DCT"`` when a field came
        from the publication date and ``None`` otherwise. Arbitrary text never raises: what
        dateparser cannot read is skipped.

    Raises:
        DatelineTypeError: ``text`` is not a ``str``, ``lang`` is not a ``str``, or ``dct`` is
            not a ``datetime``, ``date`` or ``None``.
        DatelineValueError: dateparser does not know ``lang``.
        MissingDependencyError: dateparser is not installed.

    >>> import datetime
    >>> dct = datetime.datetime(2025, 5, 9)
    >>> [(t.text, t.value) for t in annotate_foreign("Ayer se reunieron en Madrid.", dct, "es")]
    [('Ayer', '2025-05-08')]
    >>> [(t.text, t.type, t.value) for t in annotate_foreign("8 мая 2025 года в 15:00", dct, "ru")]
    [('8 мая 2025 года в 15:00', 'TIME', '2025-05-08T15:00')]
    """
    if isinstance(text, (bytes, bytearray)):
        raise DatelineTypeError(
            f'text must be str, not {type(text).__name__}; decode it first, e.g. data.decode("utf-8")'
        )
    if not isinstance(text, str):
        raise DatelineTypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(lang, str):
        raise DatelineTypeError(f"lang must be a language code such as 'de', not {type(lang).__name__}")
    if dct is not None and not isinstance(dct, dt.date):
        raise DatelineTypeError(
            f"dct must be a datetime.datetime, a datetime.date or None, not {type(dct).__name__}"
        )
    languages = supported_languages()
    if lang not in languages:
        examples = ", ".join(repr(code) for code in _EXAMPLE_LANGUAGES)
        raise DatelineValueError(
            f"lang={lang!r} is not a language dateparser knows; expected one of its {len(languages)} "
            f"codes, such as {examples} (see dateline.multilingual.supported_languages())"
        )
    if not any(character.isalnum() for character in text):
        return []
    return _Reader(lang, _as_datetime(dct)).read(text)


def _as_datetime(dct: dt.datetime | dt.date | None) -> dt.datetime | None:
    if dct is None:
        return None
    if isinstance(dct, dt.datetime):
        return dct.replace(tzinfo=None)
    return dt.datetime(dct.year, dct.month, dct.day)


class _Reader:
    """The dateparser objects and caches for one call of :func:`annotate_foreign`."""

    def __init__(self, lang: str, dct: dt.datetime | None) -> None:
        from dateparser.date import DateDataParser  # type: ignore[import-untyped,unused-ignore]
        from dateparser.languages.loader import LocaleDataLoader  # type: ignore[import-untyped,unused-ignore]

        self.lang = lang
        self.dct = dct
        #: A DCT without a time of day stands for the whole day: reading it as midnight would
        #: put "um 14:30 Uhr" on the day before under the news preference for the past.
        self.has_clock = dct is not None and dct.time() != dt.time()
        base = _NO_DCT_BASE if dct is None else dct
        if dct is not None and not self.has_clock:
            base = dct.replace(hour=23, minute=59, second=59)
        far = base + _FAR_SHIFT if base.year < 5000 else base - _FAR_SHIFT
        self.settings = _settings(base)
        self.parser = DateDataParser(languages=[lang], settings=self.settings)
        self.far_parser = DateDataParser(languages=[lang], settings=_settings(far))
        self.locale: Locale = LocaleDataLoader().get_locale(lang)
        self.articles = _ARTICLES.get(lang.split("-", maxsplit=1)[0], frozenset())
        self.conjunctions = _CONJUNCTIONS.get(lang.split("-", maxsplit=1)[0], frozenset())
        self.abbreviations, self.month_names, self.vocabulary = _word_lists(lang)
        self._date_words = self.vocabulary | self.abbreviations | self.month_names
        self.ago_words = frozenset(str(word).lower() for word in self.locale.info.get("ago", ()))
        self.modifiers = _WEEKDAY_MODIFIERS.get(lang, frozenset())
        self._beside_weekday = _beside_weekday(lang)
        self._readings: dict[str, _Reading | None] = {}
        self._last_words: set[int] = set()
        self._blocked: set[int] = set()

    # -- the text -------------------------------------------------------------------------------

    def read(self, text: str) -> list[Timex]:
        seeds = list(self._seeds(text))
        words = _split_words(text, seeds)
        if not words:
            return []
        starts = [start for start, _ in words]
        ends = [end for _, end in words]
        runs = [(bisect_right(ends, start), bisect_left(starts, end)) for start, end in seeds]
        runs += [(index, index + 1) for index, word in enumerate(words) if self._is_date_word(text, word)]
        not_dates = _NOT_DATES.get(self.lang.split("-", maxsplit=1)[0])
        for match in not_dates.finditer(text) if not_dates else ():
            self._blocked.update(range(bisect_right(ends, match.start()), bisect_left(starts, match.end())))
        # An expression ends with a word of a date, a word dateparser's search put in one, or a
        # word kept at the end ("Uhr"): windows ending anywhere else are not parsed at all.
        self._last_words = {index for first, last in runs for index in range(first, last)}
        self._last_words.update(
            index
            for index, word in enumerate(words)
            if _word_text(text, word).lower().rstrip(".") in _KEEP_AT_END | self.modifiers
        )
        breaks = self._sentence_breaks(text, words)
        timexes: list[Timex] = []
        for first, last in _regions(len(words), sorted(run for run in runs if run[0] < run[1]), breaks):
            for start, end, reading in self._scan(text, words, breaks, first, last):
                timexes.append(
                    Timex(
                        text=text[start:end],
                        start=start,
                        end=end,
                        type=reading.type,
                        value=reading.value,
                        anchor="DCT" if reading.implied else None,
                        rule="dateparser." + self.lang,
                        implied=reading.implied,
                    )
                )
        if self.lang in _LOWER_CASE_MONTHS:
            timexes = [timex for timex in timexes if not self._is_proper_noun(text, timex)]
        cues = _FUTURE_CUES.get(self.lang.split("-", maxsplit=1)[0])
        if cues is not None and self.dct is not None:
            timexes = [self._ahead(text, timex, cues) for timex in timexes]
        language = self.lang.split("-", maxsplit=1)[0]
        timexes = _with_positions(text, _with_parts_of_days(text, timexes, language), language)
        timexes = _with_sets(text, timexes, language)
        timexes = _with_durations(text, _with_clock_hours(text, timexes, language, self.dct), language)
        return _with_adjacent_days(text, timexes, language, self.dct)

    def _ahead(self, text: str, timex: Timex, cues: re.Pattern[str]) -> Timex:
        """A date without its year (or a weekday alone) that dateparser put before the DCT, in a
        sentence told in the future: the next one ("La réunion aura lieu le 12 septembre", written
        in May, is this September; "Das Treffen findet am Montag statt" is the coming Monday)."""
        assert self.dct is not None
        if "year" not in timex.implied or timex.type != "DATE" or len(timex.value) not in (7, 10):
            return timex
        start = max((match.end() for match in _SENTENCE_STOP.finditer(text, 0, timex.start)), default=0)
        stop = _SENTENCE_STOP.search(text, timex.end)
        end = stop.start() if stop else len(text)
        if not cues.search(text, start, end):  # (the date's own words too: "lundi prochain")
            return timex
        if _LAST & {word.lower() for word in re.findall(r"\w+", timex.text)}:
            return timex  # "dimanche dernier", "mars dernier" in a sentence about the future
        try:
            day = dt.date.fromisoformat(timex.value if len(timex.value) == 10 else timex.value + "-01")
        except ValueError:
            return timex
        today = self.dct.date()
        if "month" not in timex.implied:
            # A day or a month named without its year: the same one a year on.
            if (day.year, day.month, day.day if len(timex.value) == 10 else 31) >= (
                today.year,
                today.month,
                today.day,
            ):
                return timex
            moved = day + relativedelta(years=1)
            value = moved.isoformat()[: len(timex.value)]
        elif "day" in timex.implied and self._names_weekday(timex.text):
            # A weekday alone: the coming one.
            if day >= today:
                return timex
            value = (day + dt.timedelta(days=7)).isoformat()
        else:
            return timex
        return replace(timex, value=value)

    def _is_proper_noun(self, text: str, timex: Timex) -> bool:
        """Whether ``timex`` is a month's name alone, capitalised within a sentence, in a language
        that writes months in lower case: a name ("la planète Mars", "Clínica Mayo")."""
        word = timex.text
        if not (word[:1].isupper() and word[1:].islower() and word.lower() in self.month_names):
            return False
        before = text[: timex.start].rstrip(" \t\"'«“‘(—–-")
        return bool(before) and before[-1] not in ".!?:\n"

    def _names_weekday(self, phrase: str) -> bool:
        """Whether a phrase names a day of the week (and no other relative day: "gestern")."""
        words = {word.lower().rstrip(".") for word in re.findall(r"\w+\.?", phrase)}
        return bool(words & _weekday_names(self.lang))

    def _is_date_word(self, text: str, word: tuple[int, int]) -> bool:
        """Whether a word may be part of a date: it has a digit, or it is one of the language's
        words for months, weekdays, units of time and relative dates ("Mai", "gestern",
        "Woche"). Windows around these are read too, as dateparser's search misses some dates
        ("Em 8 de maio de 2025 e em março de 2024" gives it nothing)."""
        word_text = text[word[0] : word[1]]
        if any(character.isdigit() for character in word_text):
            return True
        return word_text.lower().rstrip(".:") in self.vocabulary

    def _seeds(self, text: str) -> Iterator[tuple[int, int]]:
        """Where dateparser's search found dates, as ``(start, end)`` offsets, left to right."""
        from dateparser.search import search_dates  # type: ignore[import-untyped,unused-ignore]

        try:
            found = search_dates(text, languages=[self.lang], settings=self.settings)
        except Exception:  # dateparser's internal errors on odd input: nothing found
            return
        cursor = 0
        for item in found or ():
            substring = str(item[0]).strip()
            if not substring:
                continue
            pieces = substring.split()
            pattern = r"\s+".join(re.escape(piece) for piece in pieces)
            match = re.compile(pattern).search(text, cursor)
            if match is None:  # rewritten by dateparser (Russian "from" before a number)
                continue
            cursor = match.end()
            yield match.start(), match.end()

    def _sentence_breaks(self, text: str, words: list[tuple[int, int]]) -> set[int]:
        """Indexes ``i`` such that a sentence or clause ends between word ``i`` and ``i + 1``."""
        breaks: set[int] = set()
        for index in range(len(words) - 1):
            end, next_start = words[index][1], words[index + 1][0]
            gap = text[end:next_start]
            word = text[words[index][0] : end]
            if word.lower() in self.conjunctions:
                # "la semana pasada y el año pasado" is two dates, which dateparser reads as one.
                breaks.update((index - 1, index))
            if any(character in _CLAUSE_END for character in gap) or gap.count("\n") > 1:
                breaks.add(index)
            elif "," in gap and not text[next_start : next_start + 1].isdigit():
                # "En janvier, une réunion": after a comma only a number goes on with the date
                # ("Montag, 5. Mai", "mai, 2025"); a word opens the clause ("une" is no 1st).
                breaks.add(index)
            elif word.endswith(".") and gap and text[next_start].isupper():
                # "8. Mai" (a German ordinal) and "Jan. 2025" go on; "statt. Gestern" and "auf
                # 12. Am 1. Mai" do not.
                following = text[next_start : words[index + 1][1]].rstrip(".").lower()
                ordinal = word.rstrip(".").isdigit() and following in self.month_names
                if not ordinal and word.rstrip(".").lower() not in self.month_names:
                    breaks.add(index)
        return breaks

    def _scan(
        self, text: str, words: list[tuple[int, int]], breaks: set[int], first: int, last: int
    ) -> Iterator[tuple[int, int, _Reading]]:
        """The expressions among ``words[first:last]``, leftmost first, each as long as it gets."""
        index = emitted = first
        while index < last:
            found = None
            limit = index + 1
            while limit < last and limit - index < _MAX_WORDS and (limit - 1) not in breaks:
                limit += 1
            if not any(character.isalnum() for character in _word_text(text, words[index])) or (
                _AFTER_DECIMAL_COMMA.match(text, max(0, words[index][0] - 2), words[index][0])
            ):
                # (Nor the decimals of a figure, "2,1": its comma splits the words.)
                index += 1
                continue
            for end in range(limit, index, -1):
                if end - 1 not in self._last_words or not self._blocked.isdisjoint(range(index, end)):
                    continue
                reading = self._reading(text, words, index, end)
                if reading is not None:
                    found = (end, reading)
                    break
            if found is None:
                index += 1
                continue
            end, reading = found
            start = index
            # Words the value does not need are left out, unless they are articles, words that
            # belong at the end ("Uhr") or pieces of a word ("日" in "2025年5月8日").
            while end - start > 1 and words[start][1] < words[start + 1][0]:
                if (
                    self._is_article(text, words, start)
                    or _word_text(text, words[start]).lower() in self.modifiers
                    or self._reading(text, words, start + 1, end) != reading
                ):
                    break
                start += 1
            while end - start > 1 and words[end - 2][1] < words[end - 1][0]:
                if _word_text(text, words[end - 1]).lower().rstrip(".") in _KEEP_AT_END | self.modifiers:
                    break
                if self._reading(text, words, start, end - 1) != reading:
                    break
                end -= 1
            if start > emitted and (start - 1) not in breaks and self._is_article(text, words, start - 1):
                start -= 1
            yield words[start][0], self._trim_end(text, words[end - 1], reading), reading
            index = emitted = end

    def _is_article(self, text: str, words: list[tuple[int, int]], index: int) -> bool:
        if not self.articles or index + 1 >= len(words):
            return False
        gap = text[words[index][1] : words[index + 1][0]]
        if gap.strip(" \t'’"):
            return False
        word = text[words[index][0] : words[index][1]].lower()
        return word in self.articles or word + gap.strip() in self.articles

    def _trim_end(self, text: str, word: tuple[int, int], reading: _Reading) -> int:
        """The end of the expression: a sentence's final period is not part of it ("2025.",
        "a las 10.30."), an abbreviation's period ("Jan.") and an ordinal's ("8.", "1.5.") are."""
        start, end = word
        bare = text[start:end].rstrip(".:-")
        if not bare or bare == text[start:end]:
            return end
        if reading.type == "TIME" and re.fullmatch(r"[0-9]{1,2}(?:[.:h][0-9]{2}|h)", bare):
            return start + len(bare)  # hours and minutes, "10.30", "9h": no day and month
        day_or_abbreviation = (
            re.fullmatch(r"[0-9]{1,2}(?:\.[0-9]{1,2})?", bare)
            or bare.lower() in self.abbreviations
            # (a short word is taken for an abbreviation, but not the word for "ago", Italian "fa")
            or (re.fullmatch(r"\w{1,2}", bare) and bare.lower() not in self.ago_words)
        )
        if text[start:end] == bare + "." and day_or_abbreviation:
            return end
        return start + len(bare)

    # -- one run of words -----------------------------------------------------------------------

    def _reading(self, text: str, words: list[tuple[int, int]], start: int, end: int) -> _Reading | None:
        phrase = text[words[start][0] : words[end - 1][1]]
        if phrase not in self._readings:
            self._readings[phrase] = self._read(phrase)
        return self._readings[phrase]

    def _read(self, phrase: str) -> _Reading | None:
        """What ``phrase`` means as a whole, or ``None`` when it is not (only) a date."""
        if not any(character.isalnum() for character in phrase):
            return None
        if _NOT_A_DATE.search(phrase) or "%" in phrase:
            return None  # a count, a decimal ("um 3,5 Prozent"), a score ("2:1", "3-1"), a rate
        if _SPACED_NUMBERS.search(phrase) and not any(
            word.lower().rstrip(".") in self.month_names for word in re.findall(r"\w+\.?", phrase)
        ):
            return None  # numbers with spaces or a word between and no month: "3 à 1", "01 23 45"
        alphanumeric = re.findall(r"\w+", phrase)
        if len(alphanumeric) == 1 and alphanumeric[0].lower() in self.abbreviations:
            return None  # "Die", "Mo", "mar": articles and nouns far more often than dates
        if any(self._unknown_word(word) for word in alphanumeric):
            return None  # Polish "się" is no "sie" (August), though dateparser drops its accent
        parsed = self._for_parsing(phrase)
        near = self._parse(self.parser, parsed)
        if near is None:
            words = phrase.split(maxsplit=1)
            if len(words) == 2 and words[0].lower() in self.articles:
                # "las 10.30", which dateparser reads only after "a": the article's reading is the
                # rest's (the article stays in the extent, see _scan).
                return self._read(_CLOCK_WITH_PERIOD.sub(r"\1:\2", words[1]))
            return None
        try:
            english = self.locale.translate(parsed, settings=self.settings)
        except Exception:
            return None
        if _AMOUNT.search(english) and not _COUNTED.search(english):
            return None  # "drei Tage": an amount of time, which dateparser takes for "ago"
        if _NOW.search(english):
            return _Reading("DATE", "PRESENT_REF", ())
        far = self._parse(self.far_parser, parsed)
        if far is None or far.period != near.period:
            return None
        digits = re.findall(r"[0-9]+", phrase)
        short_year = "year" in near.parts and bool(digits) and not any(len(group) == 4 for group in digits)
        if short_year and tuple(near.parts) == ("year",) and not _COUNTED.search(english):
            return None  # "à 70 ans": two digits alone are an age or an amount, not '70

        reading = _combine(
            near, far, has_dct=self.dct is not None, has_clock=self.has_clock, short_year=short_year
        )
        if reading is None or not is_valid_value(reading.value):
            return None
        if not _year_is_written(near, far, phrase):
            return None  # "2024 года" read as the year 1, a relative date run into a year
        return reading

    def _for_parsing(self, phrase: str) -> str:
        """``phrase`` as dateparser is given it: numbers in words the language's data lacks as
        digits ("hace tres años" as "hace 3 años"), a whole hour of the clock as "9:00"."""
        numbers = _NUMBER_WORDS.get(self.lang)
        if numbers and self.ago_words & {word.lower() for word in re.findall(r"\w+", phrase)}:
            phrase = re.sub(r"\w+", lambda match: numbers.get(match.group().lower(), match.group()), phrase)
        if self._beside_weekday is not None:
            phrase = self._beside_weekday.sub(_the_weekday, phrase)
        if self.lang == "de":
            phrase = _GERMAN_LAST_NEXT.sub(_german_last_next, phrase)
        return _WHOLE_HOUR.sub(r"\1:00", phrase)

    def _unknown_word(self, word: str) -> bool:
        """Whether ``word`` is a word of three letters or more that no date of the language
        writes as it stands: dateparser matches words without their accents, so "się" would be
        read as "sie"."""
        lower = word.lower()
        if len(word) <= 2 or not word.isalpha() or lower in self._date_words or lower.isascii():
            return False
        bare = _strip_accents(lower)
        return bare != lower and bare in self._date_words

    @staticmethod
    def _parse(parser: DateDataParser, phrase: str) -> DateData | None:
        try:
            data = parser.get_date_data(_without_false_meridiem(phrase))
        except Exception:  # dateparser's internal errors on odd input: not a date
            return None
        if data.date_obj is None or data.period is None:
            return None
        if tuple(data.parts) == ("day",):
            return None  # a day number alone: "um 15 Uhr" is read as the 15th
        return data


@cache
def _beside_weekday(lang: str) -> re.Pattern[str] | None:
    """A weekday's or a month's full name with a word for "last" or "next" before or after it, in
    ``lang`` (see :data:`_WEEKDAY_MODIFIERS`); the name is group ``day1`` or ``day2``."""
    modifiers = _WEEKDAY_MODIFIERS.get(lang)
    if not modifiers:
        return None
    abbreviations, months, _ = _word_lists(lang)
    weekdays = {name for name in _weekday_names(lang) if len(name) >= 5}
    names = sorted(weekdays | (months - abbreviations), key=len, reverse=True)
    days = "|".join(re.escape(name) for name in names)  # (longest first: "segunda-feira", "segunda")
    words = "|".join(sorted(modifiers))
    return re.compile(
        rf"(?i)(?<!\w)(?:(?P<day1>{days})\s+(?:{words})|(?:{words})\s+(?P<day2>{days}))(?![\w-])"
    )


def _the_weekday(match: re.Match[str]) -> str:
    return match.group("day1") or match.group("day2")


def _german_last_next(match: re.Match[str]) -> str:
    """ "im vergangenen Jahr" as "letztes Jahr", "im kommenden Monat" as "nächsten Monat"."""
    ending, unit = _GERMAN_FORMS[match.group(2).lower()]
    stem = "letzt" if match.group(1).lower() in ("letzte", "vergangene") else "nächst"
    return f"{stem}{ending} {unit}"


def _strip_accents(word: str) -> str:
    """``word`` without its combining marks ("się" -> "sie"), as dateparser compares words."""
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def _without_false_meridiem(phrase: str) -> str:
    """``phrase`` without the words "am" that do not follow a 12-hour clock time, which
    dateparser would read as a.m. ("auf 12. Am 1. Mai" is not midnight); its own search drops
    them the same way."""

    def keep(match: re.Match[str]) -> str:
        return match.group() if _TWELVE_HOUR_BEFORE.search(phrase, 0, match.start()) else ""

    return _AM.sub(keep, phrase)


def _settings(base: dt.datetime) -> Settings:
    """dateparser settings without surprises: resolve against ``base`` (never the clock), prefer
    the past (news report what happened), naive datetimes in the text's own wall-clock time
    (a stated zone is not converted), the locale's day order ("1.5.2025" is the 1st of May in
    German), a period of "time" for clock times, and no part required (relative expressions
    have none of their own: which fields the text gives is found by :func:`_combine`)."""
    from dateparser.conf import settings as defaults  # type: ignore[import-untyped,unused-ignore]

    changes: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RETURN_TIME_AS_PERIOD": True,
        "STRICT_PARSING": False,
        "REQUIRE_PARTS": [],
        "PREFER_LOCALE_DATE_ORDER": True,
    }
    return defaults.replace(mod_settings=changes, **changes)


@cache
def _weekday_names(lang: str) -> frozenset[str]:
    """The names of the days of the week in ``lang`` (and their abbreviations), in lower case."""
    from dateparser.languages.loader import LocaleDataLoader  # type: ignore[import-untyped,unused-ignore]

    info: dict[str, Any] = LocaleDataLoader().get_locale(lang).info
    return frozenset(str(name).lower().rstrip(".") for key in _WEEKDAY_KEYS for name in info.get(key, ()))


@cache
def _word_lists(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From dateparser's data for ``lang``, in lower case: the abbreviations of months and
    weekdays (names shorter than the longest name of the same month or day: "di" and "die" for
    Dienstag, "mar" for marzo and martes), the month names, and the words of dates (month and
    weekday names, units of time, "ago", relative dates such as "gestern"; words of two letters
    or fewer are left out, as they are mostly prepositions, except the words for "ago")."""
    from dateparser.languages.loader import LocaleDataLoader  # type: ignore[import-untyped,unused-ignore]

    info: dict[str, Any] = LocaleDataLoader().get_locale(lang).info
    short: set[str] = set()
    months: set[str] = set()
    vocabulary: set[str] = set()
    for key in _MONTH_KEYS + _WEEKDAY_KEYS:
        names = [str(name).lower().rstrip(".") for name in info.get(key, ())]
        if not names:
            continue
        longest = max(len(name) for name in names)
        short.update(name for name in names if len(name) < longest)
        if key in _MONTH_KEYS:
            months.update(names)
    phrases = [str(name) for key in (*_MONTH_KEYS, *_WEEKDAY_KEYS, *_UNIT_KEYS) for name in info.get(key, ())]
    vocabulary.update(str(word).lower() for word in info.get("ago", ()))  # Italian "fa", however short
    relative = info.get("relative-type", {})
    if isinstance(relative, dict):
        phrases += [str(name) for names in relative.values() for name in names]
    vocabulary.update(
        word.rstrip(".:")
        for phrase in phrases
        for word in phrase.lower().split()
        if len(word.rstrip(".:")) > 2
    )
    return frozenset(short), frozenset(months), frozenset(vocabulary)


def _split_words(text: str, seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of ``text`` as ``(start, end)``, also cut where a seed starts or ends between
    two letters or digits (which gives words to languages written without spaces, such as
    Chinese)."""
    cuts = sorted(
        offset
        for offset in {offset for seed in seeds for offset in seed}
        if 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()
    )
    words = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        for cut in cuts:
            if start < cut < end:
                words.append((start, cut))
                start = cut
        words.append((start, end))
    return words


def _regions(count: int, runs: list[tuple[int, int]], breaks: set[int]) -> list[tuple[int, int]]:
    """Runs of word indexes ``[first, last)`` to read: each of ``runs`` (sorted) with two more
    words before it and one after it in the same sentence ("am 23" and "Februar" found apart
    join again), merged."""
    regions: list[tuple[int, int]] = []
    for run_first, run_last in runs:
        first, last = run_first, run_last
        for _ in range(2):  # "Il y a" before "deux jours"
            if first > 0 and (first - 1) not in breaks:
                first -= 1
        if last < count and (last - 1) not in breaks:
            last += 1
        if regions and first <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], last))
        else:
            regions.append((first, last))
    return regions


def _word_text(text: str, word: tuple[int, int]) -> str:
    return text[word[0] : word[1]]


def _year_is_written(near: DateData, far: DateData, phrase: str) -> bool:
    """Whether a phrase with a year in it (four digits, or two after a day and month) was read
    with that year, the same against both reference times."""
    groups = re.findall(r"[0-9]+", phrase)
    years = {int(group) for group in groups if len(group) == 4}
    one, two = near.date_obj, far.date_obj
    if years:
        return one.year == two.year and one.year in years
    if "year" in near.parts and len(groups) >= 3 and one.year == two.year:  # "8.5.25"
        return f"{one.year % 100:02d}" in groups or str(one.year % 100) in groups
    return True


def _combine(
    near: DateData, far: DateData, *, has_dct: bool, has_clock: bool, short_year: bool = False
) -> _Reading | None:
    """The reading of a phrase parsed against two reference times: the fields that agree were
    written in the text, the others come from the DCT (or are unknown without one). The century
    of a two-digit year (``short_year``: "8.5.25") comes from the DCT as well."""
    period = str(near.period)
    one, two = near.date_obj, far.date_obj
    assert one is not None and two is not None  # checked by _parse
    pairs = {
        "year": (f"{one.year:04d}", f"{two.year:04d}"),
        "month": (f"{one.month:02d}", f"{two.month:02d}"),
        "day": (f"{one.day:02d}", f"{two.day:02d}"),
        "quarter": (str((one.month - 1) // 3 + 1), str((two.month - 1) // 3 + 1)),
        "week": (
            "{:04d}-W{:02d}".format(*one.isocalendar()[:2]),
            "{:04d}-W{:02d}".format(*two.isocalendar()[:2]),
        ),
        "time": (f"{one:%H:%M:%S}", f"{two:%H:%M:%S}"),
    }
    fields = _PERIOD_FIELDS.get(period)
    if fields is None:
        return None
    differing = {name for name in fields if pairs[name][0] != pairs[name][1]}
    if short_year and not has_dct:
        differing.add("year")
    if not has_dct and not ({"year", "month", "quarter"} & (set(fields) - differing)):
        return None  # nothing of its own to say without a DCT: "gestern", "Montag", "um 14 Uhr"

    def field(name: str) -> str:
        known = pairs[name][0]
        return "X" * len(known) if name in differing and not has_dct else known

    kind: TimexType = "DATE"
    if period == "year":
        value = field("year")
    elif period == "quarter":
        value = f"{field('year')}-Q{field('quarter')}"
    elif period == "month":
        value = f"{field('year')}-{field('month')}"
    elif period == "week":
        value = pairs["week"][0]
    else:
        value = f"{field('year')}-{field('month')}-{field('day')}"
        if period == "part_of_day":
            part = getattr(near.part_of_day, "value", None)
            if part not in _PARTS_OF_DAY:
                return None
            value, kind = f"{value}T{_PARTS_OF_DAY[part]}", "TIME"
        elif period == "time" and ("time" not in differing or has_clock):
            # A clock time written in the text, or counted from a DCT that has one ("vor drei
            # Stunden"). Counted from a date without a time of day, it only tells the day.
            seconds = f":{one.second:02d}" if one.second else ""
            value, kind = f"{value}T{one.hour:02d}:{one.minute:02d}{seconds}", "TIME"
    if not has_dct:
        return _Reading(kind, value, ())
    implied = tuple(name for name in ("year", "month", "day", "time") if _implies(name, differing, period))
    if short_year and "year" not in implied:
        implied = ("century", *implied)
    return _Reading(kind, value, implied)


#: The fields that make up the value at each of dateparser's periods.
_PERIOD_FIELDS: dict[str, tuple[str, ...]] = {
    "year": ("year",),
    "quarter": ("year", "quarter"),
    "month": ("year", "month"),
    "week": ("year", "month", "day", "week"),
    "day": ("year", "month", "day"),
    "part_of_day": ("year", "month", "day"),
    "time": ("year", "month", "day", "time"),
}


def _implies(name: str, differing: set[str], period: str) -> bool:
    """Whether the calendar field ``name`` of the value came from the DCT."""
    if name == "month" and period == "quarter":
        return "quarter" in differing
    if period == "week" and name != "time":
        return "week" in differing
    return name in differing
