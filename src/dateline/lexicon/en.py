"""English word tables: every word a rule may name, with the value it stands for.

The tables are plain frozen mappings; :mod:`dateline.lexicon` turns them into regular-expression
alternations (longest first) and lookup functions, once.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip

#: Month words that are also common English words: accepted only when capitalized.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "mar", "jan", "jun", "aug", "dec", "sep"})

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "weds": 2,
        "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
        "sunday": 6, "sun": 6,
    }
)  # fmt: skip

#: The weekdays' three-letter abbreviations as a span of days written short has them ("Mon-Fri").
SHORT_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: Abbreviated weekdays that are common words; accepted only when capitalized and followed by "."
AMBIGUOUS_WEEKDAYS: Final = frozenset({"wed", "weds", "sat", "sun", "mon", "tue", "thu", "fri"})

NUMBER_WORDS: Final = MappingProxyType(
    {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
        "dozen": 12, "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
        "couple of": 2, "a pair of": 2, "single": 1, "a single": 1,
    }
)  # fmt: skip

#: Words for an unknown quantity: "several days" is ``PXD``.
VAGUE_QUANTITIES: Final = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "a number of", "countless",
     "dozens of", "hundreds of", "thousands of", "millions of", "billions of", "recent", "the last few",
     "the past few",
     "the past several", "the last several", "the coming", "the next few", "coming", "past",
     "future", "the following", "the next", "the ensuing", "the intervening", "the previous",
     "the preceding",
     # ("In later years veterans returned", "in subsequent decades": the years after the story's.)
     "later", "subsequent",
     # ("several thousand years": some thousands, the count no more exact.)
     "several hundred", "several thousand", "a few hundred", "a few thousand"}
)  # fmt: skip

ORDINAL_WORDS: Final = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
        "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
        "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    }
)  # fmt: skip

#: The tens written out, "twenty" to "ninety" (of spelled years, "nineteen forty-five", and of
#: long ordinals).
TENS: Final = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
#: Ordinals past a month's days, which only a count of years reaches ("the thirty-ninth year of
#: his reign"): "thirtieth" to "ninety-ninth".
_TENTHS = {ten: value for ten, value in TENS.items() if value >= 30}
LONG_ORDINAL_WORDS: Final = MappingProxyType(
    {f"{ten[:-1]}ieth": value for ten, value in _TENTHS.items()}
    | {
        f"{ten}-{word}": value + unit
        for ten, value in _TENTHS.items()
        for word, unit in ORDINAL_WORDS.items()
        if unit < 10
    }
)

#: The year a month or a feast is "of" ("June of that year", "Christmas of the following year"),
#: counted from the story's year.
STORY_YEARS: Final = MappingProxyType(
    {
        "that": 0, "the same": 0, "that same": 0, "the following": 1, "the next": 1, "the previous": -1,
        "the preceding": -1, "the prior": -1,
    }
)  # fmt: skip

#: Calendar units and the TIMEX3 duration letter each stands for ("T" marks clock units).
UNITS: Final = MappingProxyType(
    {
        "second": "TS", "seconds": "TS", "sec": "TS", "secs": "TS",
        "minute": "TM", "minutes": "TM", "min": "TM", "mins": "TM",
        "hour": "TH", "hours": "TH", "hr": "TH", "hrs": "TH",
        "day": "D", "days": "D", "night": "D", "nights": "D",
        "week": "W", "weeks": "W", "wk": "W", "wks": "W", "fortnight": "2W", "fortnights": "2W",
        "weekend": "WE", "weekends": "WE",
        "month": "M", "months": "M", "mos": "M",
        "quarter": "Q", "quarters": "Q",
        "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
        "decade": "DE", "decades": "DE",
        "century": "CE", "centuries": "CE",
        "millennium": "ML", "millennia": "ML",
    }
)  # fmt: skip

#: Units that are time-of-day sized (written after ``T`` in a duration).
CLOCK_UNITS: Final = frozenset(
    {"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
     "hr", "hrs"}
)  # fmt: skip

SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)

PARTS_OF_DAY: Final = MappingProxyType(
    {
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
        "overnight": "NI", "midday": "MI", "noon": "MI", "daytime": "DT", "tonight": "NI", "lunchtime": "MI",
    }
)  # fmt: skip

#: The months whose Nones fall on the 7th and Ides on the 15th in the Roman calendar (in the others
#: the 5th and the 13th).
_LONG_ROMAN_MONTHS: Final = (3, 5, 7, 10)
_FULL_MONTH_NAMES: Final = tuple(
    max((name for name, number in MONTHS.items() if number == month), key=len) for month in range(1, 13)
)
#: The Roman calendar's named days of each month, as histories of Rome write them: "the Ides of
#: April", "the Kalends of May", "the Nones of July".
_ROMAN_DAYS: Final = {
    **{f"ides of {name}": (number, 15 if number in _LONG_ROMAN_MONTHS else 13)
       for number, name in enumerate(_FULL_MONTH_NAMES, 1)},
    **{f"nones of {name}": (number, 7 if number in _LONG_ROMAN_MONTHS else 5)
       for number, name in enumerate(_FULL_MONTH_NAMES, 1)},
    **{f"{kalends} of {name}": (number, 1)
       for number, name in enumerate(_FULL_MONTH_NAMES, 1) for kalends in ("kalends", "calends")},
}  # fmt: skip

#: Named days: (month, day) for fixed dates.
FIXED_HOLIDAYS: Final = MappingProxyType(
    {
        **_ROMAN_DAYS,
        "new year's day": (1, 1), "new year's": (1, 1), "new year": (1, 1),
        "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
        "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14),
        "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "april fools' day": (4, 1),
        "may day": (5, 1), "victory day": (5, 9), "independence day": (7, 4),
        # May 1 as international copy names it (Canada's September "Labour Day" is the exception).
        "labour day": (5, 1), "international labour day": (5, 1), "international labor day": (5, 1),
        "international workers' day": (5, 1), "workers' day": (5, 1),
        "fourth of july": (7, 4), "bastille day": (7, 14),
        "halloween": (10, 31), "veterans day": (11, 11), "veterans' day": (11, 11),
        "armistice day": (11, 11), "remembrance day": (11, 11), "all saints' day": (11, 1),
        "flag day": (6, 14), "juneteenth": (6, 19), "canada day": (7, 1), "australia day": (1, 26),
        "anzac day": (4, 25), "cinco de mayo": (5, 5), "epiphany": (1, 6), "all souls' day": (11, 2),
        "st. george's day": (4, 23), "st. andrew's day": (11, 30), "st. david's day": (3, 1),
        # The United States' filing deadline and the day a president is sworn in (since 1937).
        "tax day": (4, 15), "inauguration day": (1, 20), "lincoln's birthday": (2, 12),
        "earth day": (4, 22), "hogmanay": (12, 31), "midsummer day": (6, 24),
        "midsummer's day": (6, 24), "midsummer eve": (6, 23), "midsummer's eve": (6, 23),
        "st. john's eve": (6, 23), "st john's eve": (6, 23),
        "bonfire night": (11, 5),
        "guy fawkes night": (11, 5), "waitangi day": (2, 6), "burns night": (1, 25),
        # British style writes "St" without a full stop.
        "st patrick's day": (3, 17), "st george's day": (4, 23), "st andrew's day": (11, 30),
        "st david's day": (3, 1),
        # The feasts a medieval or early modern history dates by (the quarter days, the saints'
        # days of battles and massacres), on the day of the calendar the history gives.
        "michaelmas": (9, 29), "lady day": (3, 25), "candlemas": (2, 2), "lammas": (8, 1),
        "martinmas": (11, 11), "st martin's day": (11, 11), "st. martin's day": (11, 11),
        # ("The chapel was consecrated on Michaelmas Day 1889": with its "Day".)
        "michaelmas day": (9, 29), "candlemas day": (2, 2), "lammas day": (8, 1), "martinmas day": (11, 11),
        "saint martin's day": (11, 11), "st crispin's day": (10, 25), "st. crispin's day": (10, 25),
        "saint crispin's day": (10, 25), "st bartholomew's day": (8, 24),
        "st. bartholomew's day": (8, 24), "saint bartholomew's day": (8, 24),
        "st stephen's day": (12, 26), "st. stephen's day": (12, 26), "twelfth night": (1, 5),
        "st john's day": (6, 24), "st. john's day": (6, 24), "st swithin's day": (7, 15),
        "st james's day": (7, 25), "st. james's day": (7, 25), "saint james's day": (7, 25),
        "st. james' day": (7, 25), "st james' day": (7, 25), "feast of saint james": (7, 25),
        "feast of st. james": (7, 25), "feast of st james": (7, 25),
        "st vitus day": (6, 28), "st. vitus day": (6, 28), "st vitus's day": (6, 28), "vidovdan": (6, 28),
        "feast of the assumption": (8, 15), "assumption day": (8, 15),
        # ("Kiev was stormed on St Nicholas' Day 1240".)
        "st nicholas' day": (12, 6), "st. nicholas' day": (12, 6), "st nicholas's day": (12, 6),
        "st. nicholas's day": (12, 6), "saint nicholas' day": (12, 6), "st nicholas day": (12, 6),
        # ... and named as "the feast of" their saint, or by their own day.
        "feast of st. crispin": (10, 25), "feast of st crispin": (10, 25), "feast of saint crispin": (10, 25),
        "st. luke's day": (10, 18), "st luke's day": (10, 18), "feast of st. luke": (10, 18),
        "feast of st luke": (10, 18), "feast of all saints": (11, 1), "all hallows": (11, 1),
        "feast of st. john the baptist": (6, 24), "feast of st john the baptist": (6, 24),
        # ... and the feasts of Mary and of two saints kept on one day.
        "feast of the annunciation": (3, 25), "feast of the nativity of the virgin": (9, 8),
        "feast of the purification": (2, 2), "feast of saints crispin and crispinian": (10, 25),
        "feast of saints peter and paul": (6, 29), "feast of st. peter and st. paul": (6, 29),
        "feast of st. michael": (9, 29), "feast of st michael": (9, 29), "feast of saint michael": (9, 29),
        "orthodox christmas": (1, 7),
        # New years of solar calendars that fall on one Gregorian day: Thailand's (Songkran's
        # first day, as the state keeps it) and Tamil Nadu's (Puthandu, as the state keeps it).
        "thai new year": (4, 13), "songkran": (4, 13), "tamil new year": (4, 14), "puthandu": (4, 14),
        # The days the United Nations and the world's health and press bodies keep, as wires name
        # them when they report the marches and the speeches.
        "international women's day": (3, 8), "world aids day": (12, 1), "human rights day": (12, 10),
        "world environment day": (6, 5), "world water day": (3, 22), "world health day": (4, 7),
        "world refugee day": (6, 20), "world press freedom day": (5, 3), "world food day": (10, 16),
        "international day of peace": (9, 21), "united nations day": (10, 24), "world cancer day": (2, 4),
        "international holocaust remembrance day": (1, 27), "holocaust memorial day": (1, 27),
        "world mental health day": (10, 10), "international mother language day": (2, 21),
    }
)  # fmt: skip

#: National days several countries keep under one name, by country (month, day): the country the
#: sentence names dates it ("India will celebrate Independence Day"); without one, "Independence
#: Day" is the United States' (``FIXED_HOLIDAYS``) and the others are left undated.
NATIONAL_DAYS: Final = MappingProxyType(
    {
        "independence day": MappingProxyType({
            "india": (8, 15), "pakistan": (8, 14), "bangladesh": (3, 26), "indonesia": (8, 17),
            "philippines": (6, 12), "mexico": (9, 16), "brazil": (9, 7), "nigeria": (10, 1),
            "ghana": (3, 6), "kenya": (12, 12), "ukraine": (8, 24), "sri lanka": (2, 4),
            "poland": (11, 11), "finland": (12, 6), "argentina": (7, 9), "chile": (9, 18),
            "colombia": (7, 20), "peru": (7, 28), "venezuela": (7, 5), "algeria": (7, 5),
            "jamaica": (8, 6), "tanzania": (12, 9), "uganda": (10, 9), "zimbabwe": (4, 18),
            "united states": (7, 4),
        }),
        "republic day": MappingProxyType({"india": (1, 26), "turkey": (10, 29), "italy": (6, 2)}),
        "national day": MappingProxyType({
            "china": (10, 1), "singapore": (8, 9), "vietnam": (9, 2), "saudi arabia": (9, 23),
            "united arab emirates": (12, 2), "qatar": (12, 18), "kuwait": (2, 25), "spain": (10, 12),
            "switzerland": (8, 1), "malaysia": (8, 31),
        }),
        "liberation day": MappingProxyType({"south korea": (8, 15), "netherlands": (5, 5), "italy": (4, 25)}),
        "freedom day": MappingProxyType({"south africa": (4, 27), "portugal": (4, 25)}),
        "victory day": MappingProxyType({"russia": (5, 9), "bangladesh": (12, 16), "estonia": (6, 23)}),
    }
)  # fmt: skip

#: The words that name a country of :data:`NATIONAL_DAYS` in a sentence: its name, its people's
#: adjective, its capital.
COUNTRY_WORDS: Final = MappingProxyType(
    {
        "India": "india", "Indian": "india", "New Delhi": "india", "Pakistan": "pakistan",
        "Pakistani": "pakistan", "Islamabad": "pakistan", "Bangladesh": "bangladesh",
        "Bangladeshi": "bangladesh", "Dhaka": "bangladesh", "Indonesia": "indonesia",
        "Indonesian": "indonesia", "Jakarta": "indonesia", "Philippines": "philippines",
        "Philippine": "philippines", "Filipino": "philippines", "Manila": "philippines",
        "Mexico": "mexico", "Mexican": "mexico", "Brazil": "brazil", "Brazilian": "brazil",
        "Brasilia": "brazil", "Nigeria": "nigeria", "Nigerian": "nigeria", "Abuja": "nigeria",
        "Lagos": "nigeria", "Ghana": "ghana", "Ghanaian": "ghana", "Accra": "ghana", "Kenya": "kenya",
        "Kenyan": "kenya", "Nairobi": "kenya", "Ukraine": "ukraine", "Ukrainian": "ukraine",
        "Kyiv": "ukraine", "Kiev": "ukraine", "Sri Lanka": "sri lanka", "Sri Lankan": "sri lanka",
        "Colombo": "sri lanka", "Poland": "poland", "Polish": "poland", "Warsaw": "poland",
        "Finland": "finland", "Finnish": "finland", "Helsinki": "finland", "Argentina": "argentina",
        "Argentine": "argentina", "Buenos Aires": "argentina", "Chile": "chile", "Chilean": "chile",
        "Santiago": "chile", "Colombia": "colombia", "Colombian": "colombia", "Bogota": "colombia",
        "Peru": "peru", "Peruvian": "peru", "Lima": "peru", "Venezuela": "venezuela",
        "Venezuelan": "venezuela", "Caracas": "venezuela", "Algeria": "algeria", "Algerian": "algeria",
        "Algiers": "algeria", "Jamaica": "jamaica", "Jamaican": "jamaica", "Kingston": "jamaica",
        "Tanzania": "tanzania", "Tanzanian": "tanzania", "Dodoma": "tanzania", "Uganda": "uganda",
        "Ugandan": "uganda", "Kampala": "uganda", "Zimbabwe": "zimbabwe", "Zimbabwean": "zimbabwe",
        "Harare": "zimbabwe", "America": "united states", "American": "united states",
        "United States": "united states", "Washington": "united states", "Turkey": "turkey",
        "Turkish": "turkey", "Ankara": "turkey", "Italy": "italy", "Italian": "italy", "Rome": "italy",
        "China": "china", "Chinese": "china", "Beijing": "china", "Singapore": "singapore",
        "Singaporean": "singapore", "Vietnam": "vietnam", "Vietnamese": "vietnam", "Hanoi": "vietnam",
        "Saudi Arabia": "saudi arabia", "Saudi": "saudi arabia", "Riyadh": "saudi arabia",
        "United Arab Emirates": "united arab emirates", "UAE": "united arab emirates",
        "Emirati": "united arab emirates", "Abu Dhabi": "united arab emirates", "Qatar": "qatar",
        "Qatari": "qatar", "Doha": "qatar", "Kuwait": "kuwait", "Kuwaiti": "kuwait", "Spain": "spain",
        "Spanish": "spain", "Madrid": "spain", "Switzerland": "switzerland", "Swiss": "switzerland",
        "Bern": "switzerland", "Malaysia": "malaysia", "Malaysian": "malaysia",
        "Kuala Lumpur": "malaysia", "South Korea": "south korea", "South Korean": "south korea",
        "Seoul": "south korea", "Netherlands": "netherlands", "Dutch": "netherlands",
        "Amsterdam": "netherlands", "South Africa": "south africa", "South African": "south africa",
        "Pretoria": "south africa", "Johannesburg": "south africa", "Portugal": "portugal",
        "Portuguese": "portugal", "Lisbon": "portugal",
        # (Countries whose day the tables leave undated, kept by another calendar or not known:
        # "Israel celebrates Independence Day each spring" is no 4 July.)
        "Israel": "israel", "Israeli": "israel", "Jerusalem": "israel", "Tel Aviv": "israel",
        "Lebanon": "lebanon", "Lebanese": "lebanon", "Beirut": "lebanon", "Russia": "russia",
        "Russian": "russia", "Moscow": "russia", "Estonia": "estonia", "Estonian": "estonia",
        "Tallinn": "estonia",
    }
)  # fmt: skip

#: Named days of one year only: history names them as it names a date ("on D-Day"). Not "9/11":
#: written alone it is as often a score or a share ("made 9/11 shots") as the attacks.
HISTORIC_DAYS: Final = MappingProxyType(
    {
        "d-day": (1944, 6, 6), "ve day": (1945, 5, 8), "v-e day": (1945, 5, 8), "ve-day": (1945, 5, 8),
        "victory in europe day": (1945, 5, 8),
    }
)  # fmt: skip

#: Days of one year named by their date in figures, month first: the attacks of "9/11", the
#: London bombings of "7/7". Written alone such figures are as often a score or a share ("made
#: 9/11 shots"), so the rule ``holiday.numbered_day`` reads them only where the event is meant.
NUMBERED_DAYS: Final = MappingProxyType({"9/11": (2001, 9, 11), "7/7": (2005, 7, 7)})

#: Movable holidays: month, weekday (0 = Monday) and which occurrence (-1 = last).
NTH_WEEKDAY_HOLIDAYS: Final = MappingProxyType(
    {
        "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
        "memorial day": (5, 0, -1), "labor day": (9, 0, 1),
        # (Memorial Day's first name, kept well into the 20th century.)
        "decoration day": (5, 0, -1),
        "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
        "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
        "mother's day": (5, 6, 2), "father's day": (6, 6, 3), "remembrance sunday": (11, 6, 2),
        "washington's birthday": (2, 0, 3), "patriots' day": (4, 0, 3),
        "indigenous peoples' day": (10, 0, 2),
        # The day most US states hold their presidential primaries: in most election years the
        # first Tuesday of March (not in all: see SUPER_TUESDAYS).
        "super tuesday": (3, 1, 1),
        # England's and Wales's bank holidays of May and August, on Mondays.
        "early may bank holiday": (5, 0, 1), "may day bank holiday": (5, 0, 1),
        "spring bank holiday": (5, 0, -1), "late may bank holiday": (5, 0, -1),
        "summer bank holiday": (8, 0, -1), "august bank holiday": (8, 0, -1),
    }
)  # fmt: skip

#: The Super Tuesdays that fell on another day than the first Tuesday of March, by year (the
#: states set the day each cycle: 1988's was the second Tuesday, 2008's in February).
SUPER_TUESDAYS: Final = MappingProxyType(
    {1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5)}
)  # fmt: skip

#: US federal holidays kept on a fixed day until the Uniform Monday Holiday Act moved them to a
#: Monday from 1971 on ("The battle began on February 22, Washington's Birthday" in 1847).
FIXED_BEFORE_MONDAY_HOLIDAYS: Final = MappingProxyType(
    {
        "washington's birthday": (2, 22),
        "memorial day": (5, 30),
        "decoration day": (5, 30),
        "columbus day": (10, 12),
    }
)
#: The first year the Monday holidays were kept on their Mondays.
MONDAY_HOLIDAYS_FROM: Final = 1971

#: Shopping days counted from (US) Thanksgiving: days after it.
THANKSGIVING_DAYS: Final = MappingProxyType(
    {"black friday": 1, "small business saturday": 2, "cyber monday": 4}
)

#: Words that place an expression in the first, middle or last part of its period ("earlier
#: yesterday", "late that night", "later this month"), and the TIMEX3 mod each gives.
POSITION_WORDS: Final = MappingProxyType(
    {"early": "START", "earlier": "START", "mid": "MID", "late": "END", "later": "END"}
)

#: Holidays fixed relative to Easter Sunday: days after it.
EASTER_HOLIDAYS: Final = MappingProxyType(
    {
        "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
        "good friday": -2, "holy thursday": -3, "maundy thursday": -3, "palm sunday": -7,
        "ash wednesday": -46, "pentecost": 49, "whit sunday": 49, "ascension day": 39, "trinity sunday": 56,
        "shrove tuesday": -47, "fat tuesday": -47, "mardi gras": -47, "whitsun": 49, "whit monday": 50,
        "passion sunday": -14, "low sunday": 7,
        "easter saturday": -1,
        "holy saturday": -1, "easter tuesday": 2, "whit tuesday": 51,
        # The feast of the Eucharist, the Thursday after Trinity Sunday, a medieval history's date.
        "corpus christi": 60, "feast of corpus christi": 60,
        # Britain's Mother's Day, the fourth Sunday of Lent.
        "mothering sunday": -21,
        # The week that ends on Easter Sunday, by its Monday (a week is written by its ISO number).
        "easter week": -6, "holy week": -6,
    }
)  # fmt: skip
#: The Orthodox churches' feasts: Easter by the Julian reckoning (days from it), and Christmas
#: on the Julian 25 December, 7 January of the Gregorian calendar.
ORTHODOX_EASTER_HOLIDAYS: Final = MappingProxyType(
    {"orthodox easter": 0, "orthodox easter sunday": 0, "orthodox good friday": -2}
)  # fmt: skip

#: Jewish holidays: days after Rosh Hashanah (1 Tishri) of the same year; Passover (15 Nisan) is
#: 163 days before it. Not Hanukkah: the months before it vary in length.
HEBREW_HOLIDAYS: Final = MappingProxyType(
    {
        "rosh hashanah": 0, "rosh hashana": 0, "yom kippur": 9, "sukkot": 14, "passover": -163,
        "purim": -193, "shavuot": -113,
    }
)  # fmt: skip
#: Feasts of the Hebrew month of Kislev, by days after its first: Hanukkah begins on the 25th.
#: (Kislev's start moves with the year's length, so these cannot count from Rosh Hashanah.)
KISLEV_HOLIDAYS: Final = MappingProxyType(
    {"hanukkah": 24, "chanukah": 24, "hanukah": 24, "chanukkah": 24}
)  # fmt: skip

#: New years of the Chinese lunisolar calendar, by the UTC offset whose days the country counts
#: its new moons in (China's, Vietnam's, Korea's).
LUNAR_NEW_YEARS: Final = MappingProxyType(
    {"lunar new year": 8, "chinese new year": 8, "vietnamese new year": 7, "korean new year": 9, "seollal": 9,
     # (China's name for it, capitalised: "the Spring Festival holiday".)
     "spring festival": 8}
)  # fmt: skip
#: Feasts of the Hijri (Islamic) calendar, by their (month, day) in it, under the names and
#: spellings news gives them.
HIJRI_HOLIDAYS: Final = MappingProxyType(
    {
        **{f"eid {article}{joint}{feast}": date
           for feast, date in (("fitr", (10, 1)), ("adha", (12, 10)))
           for article in ("al", "ul", "el") for joint in ("-", " ")},
        **{f"eid-{article}-{feast}": date
           for feast, date in (("fitr", (10, 1)), ("adha", (12, 10))) for article in ("al", "ul")},
        # (Not Ashura: as often the martyrdom at Karbala it recalls, "tales of Ashura", as its day.)
        "bakrid": (12, 10), "islamic new year": (1, 1),
    }
)  # fmt: skip
#: Diwali, the Hindu festival of lights, by its names.
DIWALI_NAMES: Final = frozenset({"diwali", "deepavali", "divali"})
#: The Iranian (Persian) new year, on the March equinox, by its names.
IRANIAN_NEW_YEARS: Final = frozenset(
    {"nowruz", "norouz", "nowrouz", "noruz", "persian new year", "iranian new year"}
)  # fmt: skip
#: The equinoxes and solstices by the word written before "equinox" or "solstice" (the seasons of
#: the northern hemisphere, as news names them) and the season whose first day each one is.
EQUINOXES: Final = MappingProxyType(
    {"spring": "march equinox", "vernal": "march equinox", "march": "march equinox",
     "autumn": "september equinox", "autumnal": "september equinox", "fall": "september equinox",
     "september": "september equinox"}
)  # fmt: skip
SOLSTICES: Final = MappingProxyType(
    {"summer": "june solstice", "june": "june solstice", "winter": "december solstice",
     "december": "december solstice"}
)  # fmt: skip
#: The season each of them opens: "the first day of spring" is the March equinox.
SEASON_OPENINGS: Final = MappingProxyType(
    {"spring": "march equinox", "summer": "june solstice", "autumn": "september equinox",
     "fall": "september equinox", "winter": "december solstice"}
)  # fmt: skip
#: Calendars whose new year a text names as "the <calendar> New Year" (capitalised as written).
OTHER_CALENDARS: Final = (
    "Lunar", "Chinese", "Jewish", "Persian", "Iranian", "Islamic", "Hijri", "Tamil", "Thai", "Tibetan",
    "Vietnamese", "Korean",
)  # fmt: skip
#: Another calendar's new year, written as "the <calendar> New Year": the table name of its day
#: (those of calendars whose days the tables do not know are left out).
CALENDAR_NEW_YEARS: Final = MappingProxyType(
    {
        "lunar": "lunar new year", "chinese": "chinese new year", "vietnamese": "vietnamese new year",
        "korean": "korean new year", "persian": "persian new year", "iranian": "iranian new year",
        "jewish": "rosh hashanah", "thai": "thai new year", "tamil": "tamil new year",
        "islamic": "islamic new year", "hijri": "islamic new year",
    }
)  # fmt: skip

#: Past forms of verbs that report what someone said: its object may be a date itself ("He said
#: June 30 would be the deadline"), and a count from the speaker's time after it is the speaker's
#: ("he said the envoy had deceived him two years ago").
REPORTING_PAST: Final = frozenset(
    {"said", "told", "announced", "reported", "stated", "added", "noted", "confirmed", "suggested",
     "claimed", "declared", "complained", "argued", "insisted", "wrote", "recalled", "charged",
     "alleged", "explained", "admitted", "accused", "asserted", "protested", "boasted", "testified",
     "acknowledged", "conceded", "disclosed", "revealed", "contended"}
)  # fmt: skip

#: Words that make a clause about the future.
FUTURE_CUES: Final = frozenset(
    {"will", "'ll", "shall", "scheduled", "expected", "plans", "planned", "planning", "plan",
     "intends", "intend", "going", "upcoming", "next", "forthcoming", "due", "would",
     "hopes", "hope", "aims", "promised", "promises", "set", "slated", "likely", "wo",
     "coming", "until", "to be", "must"}
)  # fmt: skip

#: Verbs whose past is their present ("cut", "set"), and that are nouns as often: past only where
#: what stands before them says so ("The committee last cut the rate", "he cut"). (Those that read
#: as past wherever they stand, "hit", "shut", are :data:`PAST_VERBS_STRICT`.)
INVARIANT_PAST: Final = frozenset({"cut", "put", "set", "let", "cost", "hurt", "shed", "cast"})
#: Verb forms that make a clause about the past (irregular past tenses, past auxiliaries, "ago").
PAST_VERBS_STRICT: Final = frozenset(
    {"was", "were", "had", "did", "said", "told", "met", "held", "took", "made", "came",
     "went", "gave", "saw", "began", "became", "left", "fell", "rose", "won", "lost", "sold",
     "bought", "paid", "brought", "thought", "found", "got", "ran", "spent",
     "sent", "built", "struck", "led", "kept", "knew", "wrote", "spoke", "broke",
     "chose", "drove", "ate", "flew", "grew", "threw", "wore", "stood", "understood", "sought",
     "fought", "taught", "caught", "felt", "meant", "heard", "dealt", "swore", "shot", "quit",
     "shut", "upheld", "withdrew", "overthrew", "forgave", "sank", "rang",
     "sang", "hit", "arose", "awoke", "bore", "beat", "bent", "bid", "bled", "bound", "bred", "burnt",
     "clung", "crept", "dug", "fled", "flung", "forbade", "forgot", "froze", "hid", "hung",
     "laid", "lay", "lent", "lit", "rode", "sat", "shook", "shone", "slept", "slid", "spun",
     "split", "spread", "sprang", "stole", "stuck", "stung", "strode", "swept", "swam",
     "swung", "tore", "woke", "wove", "wept", "wound", "died", "drank", "drew", "blew", "fed", "overheard",
     # The irregular pasts of prefixed verbs: "underwent surgery in July".
     "underwent", "undertook", "oversaw", "overcame", "overtook", "withheld", "withstood", "foresaw",
     "foretold", "rebuilt", "retook", "outgrew", "outran", "mistook", "misled", "befell", "undid",
     "outsold", "oversold", "resold", "rewrote", "overran", "overshot", "outshone", "overdrew",
     "shrank", "shrunk", "sped", "leapt", "knelt", "strove", "slew", "spat", "wrung", "stank",
     "ago", "earlier", "previously",
     "formerly", "since", "yesterday", "wasn't", "weren't", "didn't", "hadn't"}
)  # fmt: skip

#: Regular pasts of four letters, which the length bar on "-ed" words ("bed", "shed", "need")
#: would miss: "She sued the county in December", "He pled guilty in March".
SHORT_PAST_ED: Final = frozenset(
    {"sued", "pled", "lied", "tied", "dyed", "eyed", "owed", "vied", "axed", "hoed"}
)

#: Past-participle-looking words that are not past forms (they end in -ed but are not verbs).
NOT_PAST_ED: Final = frozenset(
    {"need", "speed", "feed", "seed", "bed", "red", "shed", "united", "limited", "proposed",
     "expected", "scheduled", "planned", "hundred", "based", "related", "interested",
     "concerned", "supposed", "used", "indeed", "proceed", "succeed", "exceed", "embed",
     "wed", "sled", "naked", "wicked", "sacred", "kindred", "rugged"}
)  # fmt: skip

#: Verbs that begin with "un": their -ed forms are past tenses, while other un-…-ed words
#: ("unspecified", "unnamed", "unconfirmed") are adjectives.
UN_VERBS: Final = frozenset(
    {"unveil", "unleash", "uncover", "unload", "unfold", "unseal", "unlock", "unravel", "unearth",
     "unif", "unit", "unplug", "unpack", "unnerv", "unseat", "unblock", "unmask", "unwrap", "unroll",
     "unzip", "unhook", "unti", "unbolt", "unfurl", "unlink", "unsettl", "unburden", "undo"}
)  # fmt: skip

#: Present-tense verbs: a clause in the present keeps an expression in the publication's own period.
PRESENT_CUES: Final = frozenset(
    {"is", "are", "am", "says", "say", "does", "do", "remains", "remain", "marks", "seems",
     "stands", "today", "now", "currently", "continues",
     # "has" and "have" only as main verbs, of what is held now ("has no estimate of fourth-quarter
     # results"): the context module passes over the perfect's auxiliary.
     "has", "have",
     # A timetable's present: "officials said the holiday begins this weekend", "the series
     # premieres this weekend, HBO said".
     "begins", "starts", "opens", "ends", "closes", "reopens", "resumes", "premieres", "airs", "debuts"}
)  # fmt: skip

#: Every holiday the tables above name, and "election day" (a day no table dates: the rules work
#: it out from the year).
HOLIDAY_NAMES: Final = (
    *FIXED_HOLIDAYS,
    *NTH_WEEKDAY_HOLIDAYS,
    *EASTER_HOLIDAYS,
    *ORTHODOX_EASTER_HOLIDAYS,
    *HEBREW_HOLIDAYS,
    *KISLEV_HOLIDAYS,
    *(name for name in HIJRI_HOLIDAYS if not name.endswith("new year")),
    *DIWALI_NAMES,
    "seollal",
    "spring festival",
    *(name for name in IRANIAN_NEW_YEARS if " " not in name),
    *HISTORIC_DAYS,
    *THANKSGIVING_DAYS,
    *NATIONAL_DAYS,
    "election day",
)
#: Holiday names as they are written without their apostrophe, as often as not ("Mothers Day",
#: "New Years Eve", "April Fools Day"), and the table's name for each.
HOLIDAYS_WITHOUT_APOSTROPHE: Final = MappingProxyType(
    {name.replace("'", ""): name for name in HOLIDAY_NAMES if "'" in name}
)

#: The verbs a headline plans with, after "to" and no "is": "Obama to visit Israel on Wednesday",
#: "Greek banks to stay shut Monday" (after others "to" is a preposition: "Dow rises to record
#: high Friday").
HEADLINE_VERBS: Final = frozenset(
    {
        "visit", "meet", "raise", "cut", "hold", "hike", "lift", "stay", "resign", "step", "launch",
        "announce", "release", "sign", "face", "hit", "seek", "sell", "buy", "close", "shut", "open",
        "reopen", "end", "keep", "ban", "host", "attend", "testify", "vote", "travel", "return", "unveil",
        "join", "leave", "quit", "expand", "begin", "start", "decide", "appear", "speak", "address",
        "review", "consider", "file", "appeal", "sue", "pay", "resume", "restart", "delay", "scrap",
        "probe", "name", "elect", "nominate", "introduce", "issue", "publish", "tour", "debate", "discuss",
        "slash", "boost", "axe", "shed", "hire", "build", "reveal", "honor", "honour", "mark", "celebrate",
        "send", "deploy", "withdraw", "pull", "strike", "halt", "suspend", "extend", "skip", "play",
        "sentence", "execute", "free", "deliver", "arrive", "land", "depart", "head", "fly", "get", "go",
        "make", "take", "give", "hear", "outline", "propose", "present", "submit", "seal", "finalize",
        "finalise", "complete", "wed", "marry", "retire", "replace",
        # ... and a forecast's: "Heat to ease by the weekend", "Storms to hit coast Tuesday".
        "ease", "break", "linger", "persist", "continue", "peak", "worsen", "improve",
        "rise", "fall", "drop", "climb", "spread", "clear",
    }
)  # fmt: skip
