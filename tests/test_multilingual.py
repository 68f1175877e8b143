"""The multilingual path (:mod:`dateline.multilingual`): dateparser finds and reads the dates of
texts in other languages.

Examples per language (full dates, month and year, relative expressions against the test DCT),
what is never a date, what is kept without a DCT, the errors, and a property: any text gives
timexes whose spans agree with the text, do not overlap and carry valid TIMEX3 values.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

pytest.importorskip("dateparser")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import check_invariants, unicode_texts

from dateline.errors import DatelineError, DatelineTypeError, DatelineValueError
from dateline.multilingual import (
    MissingDependencyError,
    annotate_foreign,
    supported_languages,
)
from dateline.timex import Timex

#: The test DCT of the whole suite (tests/conftest.py), as the datetime api.py passes on.
DCT = dt.datetime(2025, 5, 9)


def annotate(text: str, lang: str, dct: dt.datetime | None = DCT) -> list[Timex]:
    """Annotate and check the invariants every annotation satisfies."""
    timexes = annotate_foreign(text, dct, lang)
    check_invariants(text, timexes)
    for number, timex in enumerate(timexes, 1):
        # (Dates are dateparser's; amounts of time, sets, clocks and adjacent days dateline's own.)
        own = (f"duration.{lang}", f"set.{lang}", f"clock.{lang}", f"adjacent_day.{lang}")
        assert timex.rule in (*own, f"dateparser.{lang}"), timex
        assert (timex.type == "DURATION") == (timex.rule == f"duration.{lang}"), timex
        assert (timex.type == "SET") == (timex.rule == f"set.{lang}"), timex
        if timex.rule == f"adjacent_day.{lang}":
            # Counted from the DCT or from an earlier timex, by its tid.
            assert timex.anchor == "DCT" or int((timex.anchor or "t0")[1:]) in range(1, number), timex
            assert timex.implied == ("year", "month", "day"), timex
            continue
        assert timex.anchor in (None, "DCT"), timex
        assert (timex.anchor == "DCT") == bool(timex.implied), timex
    return timexes


def found(text: str, lang: str, dct: dt.datetime | None = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.anchor) for t in annotate(text, lang, dct)]


# (lang, text, the timexes: text, type, value, anchor), against the test DCT 2025-05-09.
EXAMPLES = [
    # German: a full date (the preposition "am" and the "in" after it are left out), yesterday,
    # month and year, a numeric date in German day order, a weekday with a clock time.
    (
        "de",
        "Die Gespräche fanden am 8. Mai 2025 in Moskau statt.",
        [("8. Mai 2025", "DATE", "2025-05-08", None)],
    ),
    (
        "de",
        "Gestern traf er Xi, im März 2024 auch.",
        [("Gestern", "DATE", "2025-05-08", "DCT"), ("März 2024", "DATE", "2024-03", None)],
    ),
    ("de", "Am 1.5.2025 war Feiertag.", [("1.5.2025", "DATE", "2025-05-01", None)]),
    ("de", "Am Montag um 14:30 Uhr.", [("Montag um 14:30 Uhr", "TIME", "2025-05-05T14:30", "DCT")]),
    # (A schedule told in the present is of the coming date.)
    ("de", "Die Wahl findet am 23. Februar statt.", [("23. Februar", "DATE", "2026-02-23", "DCT")]),
    ("de", "Die Wahl fand am 23. Februar statt.", [("23. Februar", "DATE", "2025-02-23", "DCT")]),
    # French: month and year, yesterday, a date with a time, a count back from the DCT.
    ("fr", "Le sommet aura lieu en septembre 2025.", [("septembre 2025", "DATE", "2025-09", None)]),
    ("fr", "Hier, il a parlé.", [("Hier", "DATE", "2025-05-08", "DCT")]),
    ("fr", "Le 8 mai 2025 à 15h30.", [("Le 8 mai 2025 à 15h30", "TIME", "2025-05-08T15:30", None)]),
    (
        "fr",
        "Il y a deux jours, en 1998.",
        [("Il y a deux jours", "DATE", "2025-05-07", "DCT"), ("1998", "DATE", "1998", None)],
    ),
    # Spanish: the article stays, the preposition goes.
    ("es", "Ayer se reunieron en Madrid.", [("Ayer", "DATE", "2025-05-08", "DCT")]),
    ("es", "El 8 de mayo de 2025 firmaron.", [("El 8 de mayo de 2025", "DATE", "2025-05-08", None)]),
    ("es", "Llegó en marzo de 2024.", [("marzo de 2024", "DATE", "2024-03", None)]),
    # Italian: an elided article, a week, month and year.
    ("it", "Ieri si sono incontrati.", [("Ieri", "DATE", "2025-05-08", "DCT")]),
    ("it", "L'8 maggio 2025 a Roma.", [("L'8 maggio 2025", "DATE", "2025-05-08", None)]),
    (
        "it",
        "La settimana scorsa, a marzo 2024.",
        [("La settimana scorsa", "DATE", "2025-W18", "DCT"), ("marzo 2024", "DATE", "2024-03", None)],
    ),
    # Portuguese.
    ("pt", "Ontem eles se encontraram.", [("Ontem", "DATE", "2025-05-08", "DCT")]),
    (
        "pt",
        "Em 8 de maio de 2025 e em março de 2024.",
        [("8 de maio de 2025", "DATE", "2025-05-08", None), ("março de 2024", "DATE", "2024-03", None)],
    ),
    # Russian: the word for "year" after the year belongs to the date.
    ("ru", "Вчера они встретились.", [("Вчера", "DATE", "2025-05-08", "DCT")]),
    ("ru", "Переговоры прошли 8 мая 2025 года в Москве.", [("8 мая 2025 года", "DATE", "2025-05-08", None)]),
    # A language written without spaces.
    ("zh", "2025年5月8日，两国领导人举行会谈。", [("2025年5月8日", "DATE", "2025-05-08", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXAMPLES, ids=[f"{e[0]}: {e[1]}" for e in EXAMPLES])
def test_examples(lang: str, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text, lang) == expected


def test_two_dates_joined_by_and_stay_two() -> None:
    assert found("la semana pasada y el año pasado", "es") == [
        ("la semana pasada", "DATE", "2025-W18", "DCT"),
        ("el año pasado", "DATE", "2024", "DCT"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        ("fr", "En janvier, une visioconférence a eu lieu.", "janvier", "2025-01"),
        ("de", "Im Januar, ein Jahr vor der Wahl, kam er.", "Januar", "2025-01"),
        ("es", "En enero, una reunión cambió todo.", "enero", "2025-01"),
        # A number after the comma goes on with the date.
        ("de", "Am Montag, 5. Mai 2025, begann es.", "5. Mai 2025", "2025-05-05"),
    ],
)
def test_a_word_after_a_comma_is_no_part_of_the_date(lang: str, text: str, span: str, value: str) -> None:
    """ "une", "ein", "una" after a comma open the clause: no first day of the month."""
    dates = [(timex[0], timex[2]) for timex in found(text, lang) if timex[1] != "DURATION"]
    assert dates == [(span, value)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The decimals of a rate are no day of the month after them.
        ("fr", "L'inflation a atteint 2,1 % en avril.", [("avril", "2025-04")]),
        ("es", "La inflación fue del 2,3 % en marzo.", [("marzo", "2025-03")]),
        # Two digits alone are an age, not '70.
        ("fr", "Il est mort en 2020, à 70 ans.", [("2020", "2020")]),
        # Polish "się" is no "sie" (August): dateparser compares words without their accents.
        ("pl", "Szczyt odbył się 8 maja 2025 r.", [("8 maja 2025", "2025-05-08")]),
        # A score and a telephone number are no dates.
        ("fr", "Le PSG a battu Lyon 3 à 1. Appelez le 01 23 45 67 89.", []),
        # ... but a count of years ago in digits is a year.
        ("fr", "Il est venu il y a 3 ans.", [("il y a 3 ans", "2022")]),
        ("de", "Er kam vor 3 Jahren.", [("vor 3 Jahren", "2022")]),
    ],
)
def test_figures_are_no_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex[0], timex[2]) for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A sentence about the future names the coming date; one about the past, the last one.
        ("fr", "La réunion aura lieu le 12 septembre.", [("le 12 septembre", "2025-09-12")]),
        ("fr", "La réunion a eu lieu le 12 septembre.", [("le 12 septembre", "2024-09-12")]),
        ("fr", "Le sommet se tiendra en septembre.", [("septembre", "2025-09")]),
        ("es", "La cumbre será en septiembre.", [("septiembre", "2025-09")]),
        ("es", "La cumbre fue en septiembre.", [("septiembre", "2024-09")]),
        ("it", "Il vertice si terrà il 20 giugno.", [("il 20 giugno", "2025-06-20")]),
        ("it", "Il vertice si è tenuto il 20 giugno.", [("il 20 giugno", "2024-06-20")]),
        ("pt", "A reunião será em 3 de junho.", [("3 de junho", "2025-06-03")]),
        ("de", "Die Wahl wird am 23. Februar stattfinden.", [("23. Februar", "2026-02-23")]),
        # A weekday: the coming one when a schedule's present or a future names it.
        ("de", "Das Treffen findet am Montag statt.", [("Montag", "2025-05-12")]),
        ("de", "Das Treffen fand am Montag statt.", [("Montag", "2025-05-05")]),
        # Only in the date's own sentence; "tomorrow" and a written year do not move.
        (
            "fr",
            "Le sommet aura lieu demain. Il était prévu en mars 2025.",
            [("demain", "2025-05-10"), ("mars 2025", "2025-03")],
        ),
        (
            "es",
            "La cumbre fue en septiembre. Será otra en mayo de 2026.",
            [("septiembre", "2024-09"), ("mayo de 2026", "2026-05")],
        ),
    ],
)
def test_a_future_sentence_names_the_coming_date(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(timex[0], timex[2]) for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "La empresa quebró hace tres años.", [("hace tres años", "2022")]),
        ("it", "Il ponte è crollato due giorni fa.", [("due giorni fa", "2025-05-07")]),
        ("it", "Una settimana fa è partito.", [("Una settimana fa", "2025-W18")]),
        ("pt", "O incêndio começou há dois dias.", [("há dois dias", "2025-05-07")]),
        # Without "ago" a number in words is no count of time back: an amount of time.
        ("es", "Marcó tres goles en diez minutos.", [("diez minutos", "PT10M")]),
        ("it", "Sei giocatori sono stati espulsi in dieci minuti.", [("dieci minuti", "PT10M")]),
    ],
)
def test_numbers_in_words_before_ago(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """dateparser's Spanish, Italian and Portuguese data have no numbers in words."""
    assert [(timex[0], timex[2]) for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Das Treffen beginnt um 15 Uhr.", [("15 Uhr", "TIME", "2025-05-09T15:00", "DCT")]),
        ("pt", "O jogo terminou 2 a 1 às 22h.", [("22h", "TIME", "2025-05-09T22:00", "DCT")]),
        ("es", "El pleno comenzó a las 10.30.", [("las 10.30", "TIME", "2025-05-09T10:30", "DCT")]),
        ("es", "El tren salió a las 7.45 de Atocha.", [("las 7.45", "TIME", "2025-05-09T07:45", "DCT")]),
        ("it", "Il consiglio si è riunito alle 18.30.", [("18.30", "TIME", "2025-05-09T18:30", "DCT")]),
        # An amount of hours, and more hours than a day has, are no clock times.
        ("fr", "La réunion a duré 3 heures.", [("3 heures", "DURATION", "PT3H", None)]),
        ("fr", "Les 35h sont menacées.", []),
    ],
)
def test_clock_times(lang: str, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A whole hour with the clock's word ("15 Uhr", "22h"), hours and minutes after an article
    ("las 10.30"); a sentence's final period is no part of them."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le vote a eu lieu dimanche dernier.", [("dimanche dernier", "2025-05-04")]),
        ("fr", "Il viendra lundi prochain.", [("lundi prochain", "2025-05-12")]),
        ("es", "Llegará el próximo lunes.", [("el próximo lunes", "2025-05-12")]),
        ("it", "È arrivato domenica scorsa.", [("domenica scorsa", "2025-05-04")]),
        ("pt", "O jogo será no próximo sábado.", [("próximo sábado", "2025-05-10")]),
        ("de", "Er kommt am kommenden Montag.", [("kommenden Montag", "2025-05-12")]),
        ("es", "En marzo pasado, la inflación subió.", [("marzo pasado", "2025-03")]),
        # "last" stays the past one in a sentence about the future.
        (
            "fr",
            "La loi, votée en mars dernier, entrera en vigueur en juin.",
            [("mars dernier", "2025-03"), ("juin", "2025-06")],
        ),
        (
            "es",
            "El acuerdo, firmado el domingo pasado, entrará en vigor en junio.",
            [("el domingo pasado", "2025-05-04"), ("junio", "2025-06")],
        ),
        # German "last", "next" in the dative, and "vergangen", "kommend".
        ("de", "Der Umsatz sank im vergangenen Jahr.", [("vergangenen Jahr", "2024")]),
        ("de", "Er kam in der vergangenen Woche.", [("der vergangenen Woche", "2025-W18")]),
        ("de", "Die Steuer steigt im nächsten Jahr.", [("nächsten Jahr", "2026")]),
        ("de", "Am vergangenen Sonntag wählten die Bürger.", [("vergangenen Sonntag", "2025-05-04")]),
    ],
)
def test_last_and_next(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """Words for "last" and "next" next to a weekday or a month, which dateparser does not read,
    are part of the expression; German's inflected forms are read."""
    assert [(timex[0], timex[2]) for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Reise dauerte drei Tage.", [("drei Tage", "P3D")]),  # not "three days ago"
        ("de", "Er saß 48 Stunden in Haft.", [("48 Stunden", "PT48H")]),
        ("de", "Sie regierte zwei Jahrzehnte lang.", [("zwei Jahrzehnte", "P20Y")]),
        ("fr", "Il a passé deux décennies en prison.", [("deux décennies", "P20Y")]),
        ("fr", "Une grève de quinze jours a paralysé le port.", [("quinze jours", "P15D")]),
        ("es", "El asedio duró cien días.", [("cien días", "P100D")]),
        ("it", "Il processo è durato sei mesi.", [("sei mesi", "P6M")]),
        ("pt", "A viagem levou 36 horas.", [("36 horas", "PT36H")]),
        ("nl", "De staking duurde twee weken.", [("twee weken", "P2W")]),
        ("nl", "Hij kwam drie dagen geleden aan.", [("drie dagen geleden", "2025-05-06")]),
        ("nl", "Om 15 uur begint het.", [("15 uur", "2025-05-09T15:00")]),
        # A date counted from now is dateparser's; one counted from another time is left out.
        ("fr", "Elle est partie il y a trois ans.", [("il y a trois ans", "2022")]),
        ("de", "In drei Tagen kommt er.", [("In drei Tagen", "2025-05-12")]),
        ("fr", "Trois ans plus tard, il est mort.", []),
        ("it", "Tre anni dopo morì.", []),
        ("es", "Dos años después murió.", []),
        ("de", "Zwei Jahre später starb er.", []),
        ("pt", "Dois anos depois morreu.", []),
        # A clock (a whole hour of the DCT's day), a noun in another case, the thousands of a figure.
        ("es", "Llegó a las 10 horas.", [("las 10 horas", "2025-05-09T10:00")]),
        ("fr", "La séance reprendra à 15 heures 30.", [("15 heures 30", "2025-05-09T15:30")]),
        ("pt", "O voo parte às 15 horas.", [("15 horas", "2025-05-09T15:00")]),
        ("de", "Der Tag der Arbeit ist ein Feiertag.", []),
        ("fr", "La ville a 2 000 ans.", []),
        # "one day", some day to come, not a length.
        ("fr", "Un jour, il reviendra.", []),
        ("es", "Un día volverá.", []),
    ],
)
def test_amounts_of_time(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """Amounts of time are DURATIONs in the languages whose numbers and units dateline knows."""
    assert [(timex[0], timex[2]) for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Llegó ayer por la tarde.", [("ayer por la tarde", "TIME", "2025-05-08TAF")]),
        ("fr", "Il est arrivé hier soir.", [("hier soir", "TIME", "2025-05-08TEV")]),
        ("fr", "Le 3 mai au matin, il partit.", [("Le 3 mai au matin", "TIME", "2025-05-03TMO")]),
        ("it", "Il re è arrivato domenica sera.", [("domenica sera", "TIME", "2025-05-04TEV")]),
        ("pt", "O rei chegou no domingo à noite.", [("domingo à noite", "TIME", "2025-05-04TNI")]),
        # Not after a month or a year, nor a word that is no part of a day.
        ("fr", "Il est arrivé en mai soir après soir.", [("mai", "DATE", "2025-05")]),
        ("es", "Llegó el lunes por la plaza.", [("el lunes", "DATE", "2025-05-05")]),
    ],
)
def test_a_part_of_the_day_after_a_day(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """A part of the day written after a day makes it a TIME of that part, as in English."""
    assert [timex[:3] for timex in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Wahl findet Ende Mai statt.", [("Ende Mai", "2025-05", "END")]),
        ("de", "Anfang 2024 sank der Umsatz.", [("Anfang 2024", "2024", "START")]),
        ("fr", "Le vote aura lieu fin mai.", [("fin mai", "2025-05", "END")]),
        ("fr", "Début juin, les prix ont augmenté.", [("Début juin", "2024-06", "START")]),
        ("es", "A finales de mayo subieron los precios.", [("finales de mayo", "2025-05", "END")]),
        ("it", "A metà giugno è arrivato.", [("metà giugno", "2024-06", "MID")]),
        ("pt", "Em meados de junho chegou.", [("meados de junho", "2024-06", "MID")]),
        ("de", "Das dritte Quartal 2024 war schwach.", [("Das dritte Quartal 2024", "2024-Q3", None)]),
        ("fr", "Au premier trimestre 2024, le PIB a reculé.", [("premier trimestre 2024", "2024-Q1", None)]),
        ("es", "El segundo semestre de 2023 fue malo.", [("El segundo semestre de 2023", "2023-H2", None)]),
        ("nl", "Eind mei stijgen de prijzen.", [("Eind mei", "2025-05", "END")]),
        (
            "nl",
            "In het eerste kwartaal van 2024 daalde de omzet.",
            [("het eerste kwartaal van 2024", "2024-Q1", None)],
        ),
        # "la fin de la guerre" ends no date; a third half is none.
        ("fr", "La fin de la guerre, en 1945, fut célébrée.", [("1945", "1945", None)]),
        ("it", "Il terzo semestre 2023 non esiste.", [("2023", "2023", None)]),
    ],
)
def test_a_part_or_a_quarter_before_a_date(
    lang: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(t.text, t.value, t.mod) for t in annotate(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Every weekday, not the last one.
        ("fr", "Il vient chaque lundi.", [("chaque lundi", "XXXX-WXX-1", None, "EVERY")]),
        ("fr", "Il vient tous les lundis.", [("tous les lundis", "XXXX-WXX-1", None, "EVERY")]),
        ("de", "Er kommt jeden Montag.", [("jeden Montag", "XXXX-WXX-1", None, "EVERY")]),
        ("es", "Viene cada lunes.", [("cada lunes", "XXXX-WXX-1", None, "EVERY")]),
        ("it", "Viene ogni lunedì.", [("ogni lunedì", "XXXX-WXX-1", None, "EVERY")]),
        ("pt", "Vem toda segunda-feira.", [("toda segunda-feira", "XXXX-WXX-1", None, "EVERY")]),
        ("es", "Todos los años llueve.", [("Todos los años", "P1Y", None, "EVERY")]),
        ("fr", "Il vient tous les deux jours.", [("tous les deux jours", "P2D", None, "EVERY")]),
        ("de", "Er kommt alle zwei Wochen.", [("alle zwei Wochen", "P2W", None, "EVERY")]),
        ("de", "Die Zeitung erscheint täglich.", [("täglich", "P1D", "1X", None)]),
        ("it", "Il bollettino esce mensilmente.", [("mensilmente", "P1M", "1X", None)]),
        ("nl", "Hij komt elke maandag.", [("elke maandag", "XXXX-WXX-1", None, "EVERY")]),
        ("nl", "Hij komt om de twee weken.", [("om de twee weken", "P2W", None, "EVERY")]),
        # "both of them", a noun in the wrong case.
        ("fr", "Tous les deux sont venus.", []),
        ("de", "Er kommt jeden montag.", [("montag", "2025-05-05", None, None)]),
    ],
)
def test_sets(lang: str, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [(t.text, t.value, t.freq, t.quant) for t in annotate(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The day before and after the day the text stands at, counted from the last day named.
        (
            "fr",
            "Ils se sont rencontrés le 8 mai. La veille, Xi est arrivé. Le lendemain il est parti.",
            [
                ("le 8 mai", "2025-05-08", "DCT"),
                ("La veille", "2025-05-07", "t1"),
                ("Le lendemain", "2025-05-08", "t2"),
            ],
        ),
        (
            "de",
            "Sie trafen sich am 8. Mai. Am Tag davor kam Xi an.",
            [("8. Mai", "2025-05-08", "DCT"), ("Tag davor", "2025-05-07", "t1")],
        ),
        (
            "es",
            "Se reunieron el 8 de mayo. El día anterior llegó Xi.",
            [("el 8 de mayo", "2025-05-08", "DCT"), ("El día anterior", "2025-05-07", "t1")],
        ),
        (
            "it",
            "Si sono incontrati l'8 maggio. Il giorno prima era arrivato Xi.",
            [("l'8 maggio", "2025-05-08", "DCT"), ("Il giorno prima", "2025-05-07", "t1")],
        ),
        (
            "pt",
            "Reuniram-se a 8 de maio. No dia seguinte partiu.",
            [("a 8 de maio", "2025-05-08", "DCT"), ("dia seguinte", "2025-05-09", "t1")],
        ),
        (
            "nl",
            "Ze ontmoetten elkaar op 8 mei. De dag ervoor kwam Xi aan.",
            [("8 mei", "2025-05-08", "DCT"), ("De dag ervoor", "2025-05-07", "t1")],
        ),
        # With no day named before it, the day of writing's neighbour.
        ("fr", "La veille, il pleuvait.", [("La veille", "2025-05-08", "DCT")]),
        # The day before or after a named thing is no neighbour of the text's day.
        ("fr", "La veille de Noël, il neigeait. Le lendemain de l'élection, rien.", []),
        ("it", "Il giorno dopo la vittoria, partì.", []),
        ("de", "Am Vortag der Wahl regnete es.", []),
        ("es", "El día anterior a la votación hubo protestas.", []),
    ],
)
def test_the_day_before_and_after(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.value, t.anchor) for t in annotate(text, lang)] == expected


def test_the_day_before_without_a_dct_or_a_day_is_not_found() -> None:
    assert annotate("La veille, il pleuvait.", "fr", None) == []


def test_german_vor_after_a_count_is_before_not_ago() -> None:
    """ "ein Jahr vor der Wahl" is a year before the election; "vor einem Jahr" is a year ago."""
    assert found("Zwei Tage vor dem Gipfel trafen sie sich.", "de") == [
        ("Zwei Tage", "DURATION", "P2D", None)
    ]
    assert [(timex[0], timex[2]) for timex in found("Vor einem Jahr kam er.", "de")] == [
        ("Vor einem Jahr", "2024")
    ]


def test_german_am_is_not_a_meridiem() -> None:
    """ "am" (on the) is not a.m.: "auf 12. Am 1. Mai" is not midnight."""
    assert found("Die Zahl stieg auf 12. Am 1. Mai war Feiertag.", "de") == [
        ("1. Mai", "DATE", "2025-05-01", "DCT")
    ]


def test_now_is_present_ref() -> None:
    assert found("Jetzt ist es vorbei.", "de") == [("Jetzt", "DATE", "PRESENT_REF", None)]


def test_two_digit_year_takes_its_century_from_the_dct() -> None:
    (timex,) = annotate("Am 8.5.25 kam er.", "de")
    assert (timex.text, timex.value, timex.anchor, timex.implied) == (
        "8.5.25",
        "2025-05-08",
        "DCT",
        ("century",),
    )
    assert found("Am 8.5.25 kam er.", "de", None) == [("8.5.25", "DATE", "XXXX-05-08", None)]


def test_implied_fields_are_recorded() -> None:
    gestern, mai = annotate("Gestern und am 8. Mai.", "de")
    assert gestern.implied == ("year", "month", "day")
    assert (mai.text, mai.value, mai.implied) == ("8. Mai", "2025-05-08", ("year",))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Partei hat die Wahl gewonnen, die Zahl stieg auf 12."),  # "die" is not Dienstag
        ("es", "12 personas resultaron heridas."),  # a bare number
        ("de", "Die Frist läuft bis zum 15."),  # a day number alone
        ("de", "Die Inflation stieg um 3,5 Prozent."),  # a decimal
        ("de", "Das Spiel endete 2:1."),  # a score, not 02:01
        ("fr", "Le score était de 3-1."),  # a score, not the 3rd of January
        ("es", "Esta mañana habló el ministro."),  # "this morning", not "tomorrow"
        ("fr", "Bonjour à tous, merci."),
        # A month's name capitalised within a sentence is a name (months are in lower case).
        ("fr", "La sonde a atteint la planète Mars."),
        ("es", "Fue operado en la Clínica Mayo."),
    ],
)
def test_not_dates(lang: str, text: str) -> None:
    assert found(text, lang) == []


def test_a_capitalised_month_opening_a_sentence_is_a_month() -> None:
    assert found("Mars a été froid. « Mars » fut doux.", "fr") == [
        ("Mars", "DATE", "2025-03", "DCT"),
        ("Mars", "DATE", "2025-03", "DCT"),
    ]


def test_without_dct_only_what_the_text_says() -> None:
    """No clock: absolute dates are kept, partial ones keep their own fields, the rest goes."""
    text = "Gestern, am 8. Mai 2025, und am 23. Februar; letzte Woche im September."
    assert found(text, "de", None) == [
        ("8. Mai 2025", "DATE", "2025-05-08", None),
        ("23. Februar", "DATE", "XXXX-02-23", None),
        ("September", "DATE", "XXXX-09", None),
    ]
    assert found("Ayer, hoy y el lunes.", "es", None) == []


def test_a_date_and_a_midnight_datetime_are_the_same_dct() -> None:
    text = "Gestern um 14:30 Uhr."
    assert annotate_foreign(text, dt.date(2025, 5, 9), "de") == annotate_foreign(text, DCT, "de")


def test_a_dct_with_a_clock_time() -> None:
    assert found("Vor drei Stunden.", "de", dt.datetime(2025, 5, 9, 15, 20)) == [
        ("Vor drei Stunden", "TIME", "2025-05-09T12:20", "DCT")
    ]
    assert found("Vor drei Stunden.", "de") == [("Vor drei Stunden", "DATE", "2025-05-09", "DCT")]


def test_supported_languages() -> None:
    languages = supported_languages()
    assert isinstance(languages, frozenset)
    assert {"de", "fr", "es", "it", "pt", "ru", "zh", "ar", "ja"} <= languages
    assert supported_languages() is languages  # cached


def test_unsupported_language() -> None:
    with pytest.raises(DatelineValueError, match=r"lang='xx'.*'de', 'fr'") as caught:
        annotate_foreign("8 mai 2025", DCT, "xx")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "dct", "lang"),
    [
        (b"8 mai 2025", DCT, "fr"),
        (None, DCT, "fr"),
        ("8 mai 2025", "2025-05-09", "fr"),
        ("8 mai 2025", DCT, None),
    ],
)
def test_argument_types(text: object, dct: object, lang: object) -> None:
    with pytest.raises(DatelineTypeError):
        annotate_foreign(text, dct, lang)  # type: ignore[arg-type]


def test_missing_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    supported_languages.cache_clear()
    monkeypatch.setitem(sys.modules, "dateparser", None)  # makes `import dateparser` fail
    try:
        with pytest.raises(MissingDependencyError, match=r"pip install dateparser") as caught:
            annotate_foreign("8 mai 2025", DCT, "fr")
        assert isinstance(caught.value, DatelineError)
        assert isinstance(caught.value, ImportError)
    finally:
        supported_languages.cache_clear()


def test_import_dateline_does_not_import_dateparser() -> None:
    code = "import sys, dateline, dateline.multilingual; print('dateparser' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


FRAGMENTS = (
    "8. Mai 2025", "gestern", "am", "im März", "Uhr", "14:30", "1.5.2025", "hier", "le", "mai",
    "hace", "ayer", "de", "2024", "вчера", "мая", "года", "12", ".", ",", " ", "'", "\n", "Die",
    # Amounts of time, whole hours and parts of days, which dateline reads itself.
    "trois", "ans", "à", "15", "heures", "soir", "dimanche", "zwei", "Wochen", "a las", "horas",
    "por la noche", "domingo", "tre", "anni", "fa", "às", "2 000", "24", "Ende", "fin", "premier",
    "trimestre", "finales de", "Quartal", "chaque", "jeden", "tous les", "cada", "täglich", "lunedì",
    "geleden", "uur", "elke", "om de", "kwartaal",
)  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=12).map(" ".join),
        unicode_texts(max_size=60),
    ),
    lang=st.sampled_from(["de", "fr", "es", "it", "pt", "nl", "ru"]),
    dct=st.sampled_from([DCT, None, dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)]),
)
def test_any_text_never_raises(text: str, lang: str, dct: dt.datetime | None) -> None:
    annotate(text, lang, dct)
